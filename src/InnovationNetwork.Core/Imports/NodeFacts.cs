using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Imports;

/// <summary>Compares nodes by their facts, ignoring <see cref="Node.Version"/> and <see cref="Node.Sources"/>.</summary>
public static class NodeFacts
{
    private static readonly IReadOnlyList<ExternalIdentifier> NoIdentifiers = [];
    private static readonly IReadOnlyList<Source> NoSources = [];
    private static readonly IReadOnlyList<string> NoStrings = [];

    /// <summary>
    /// Whether two nodes state the same facts. Records compare their lists by reference, so the lists are
    /// compared item by item and set aside before the record comparison; should a node type gain a list
    /// this does not know, the record comparison fails and the nodes' JSON forms decide, which is slower
    /// but never wrong. (Amounts compare equal whatever their trailing zeros; importers normalise them so
    /// that the JSON agrees too, see <see cref="ImportValues.Normalise"/>.)
    /// </summary>
    public static bool Same(Node a, Node b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.GetType() != b.GetType() || a.Id != b.Id)
        {
            return false;
        }

        if (a.Identifiers.SequenceEqual(b.Identifiers) && Strings(a).SequenceEqual(Strings(b)) && Bare(a).Equals(Bare(b)))
        {
            return true;
        }

        return GraphJson.Serialize(a with { Version = 0, Sources = NoSources }) == GraphJson.Serialize(b with { Version = 0, Sources = NoSources });
    }

    /// <summary>The sources after an import: the import's entry moved to the end with its new time.</summary>
    public static IReadOnlyList<Source> WithSource(IReadOnlyList<Source> sources, Source source) =>
        [.. sources.Where(s => s.Name != source.Name), source];

    private static IReadOnlyList<string> Strings(Node node) => node switch
    {
        Organisation o => o.Keywords,
        Person p => p.Keywords,
        Specialism s => s.Keywords,
        Capability c => c.Keywords,
        Challenge c => c.Keywords,
        Project p => p.Keywords,
        Place p => p.PostcodeDistricts,
        _ => NoStrings,
    };

    private static Node Bare(Node node)
    {
        var bare = node with { Version = 0, Sources = NoSources, Identifiers = NoIdentifiers };
        return bare switch
        {
            Organisation o => o with { Keywords = NoStrings },
            Person p => p with { Keywords = NoStrings },
            Specialism s => s with { Keywords = NoStrings },
            Capability c => c with { Keywords = NoStrings },
            Challenge c => c with { Keywords = NoStrings },
            Project p => p with { Keywords = NoStrings },
            Place p => p with { PostcodeDistricts = NoStrings },
            _ => bare,
        };
    }
}
