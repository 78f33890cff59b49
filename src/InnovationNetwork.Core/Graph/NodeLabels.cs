using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Graph;

/// <summary>Labels, their CLR types and the id prefix each label's ids carry.</summary>
public static class NodeLabels
{
    // Enum.GetValues allocates a new array each call, and FromId runs per relationship in graph walks.
    private static readonly NodeLabel[] Labels = Enum.GetValues<NodeLabel>();

    public static NodeLabel Of(Type type) => type.Name switch
    {
        nameof(Organisation) => NodeLabel.Organisation,
        nameof(Person) => NodeLabel.Person,
        nameof(Specialism) => NodeLabel.Specialism,
        nameof(Capability) => NodeLabel.Capability,
        nameof(Challenge) => NodeLabel.Challenge,
        nameof(Project) => NodeLabel.Project,
        nameof(Place) => NodeLabel.Place,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a node type."),
    };

    /// <summary>The prefix of ids of this label, e.g. <c>org</c> in <c>org-durham-university</c>.</summary>
    public static string IdPrefix(NodeLabel label) => label switch
    {
        NodeLabel.Organisation => "org",
        NodeLabel.Person => "person",
        NodeLabel.Specialism => "spec",
        NodeLabel.Capability => "cap",
        NodeLabel.Challenge => "challenge",
        NodeLabel.Project => "project",
        NodeLabel.Place => "place",
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    /// <summary>The label an id's prefix names, if it names one.</summary>
    public static NodeLabel? FromId(string id)
    {
        var dash = id.IndexOf('-');
        if (dash <= 0)
        {
            return null;
        }

        var prefix = id.AsSpan(0, dash);
        foreach (var label in Labels)
        {
            if (prefix.SequenceEqual(IdPrefix(label)))
            {
                return label;
            }
        }

        return null;
    }
}
