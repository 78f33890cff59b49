using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Projects;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace InnovationNetwork.Search.Indexing;

/// <summary>
/// Turns a node of the graph into its search document: its own text plus the text of what it is known
/// by (an organisation carries the text of its capabilities and of the projects it took part in, so it is
/// found by what it has actually done), its specialisms and places with their ancestors, and the
/// keyword fields filters, facets, privacy and re-indexing need. Private organisations' names never
/// enter another record's document.
/// </summary>
internal static partial class DocumentBuilder
{
    /// <summary>Abstracts of this many most recent projects enter an organisation's document; titles of all do.</summary>
    public const int AbstractsPerOrganisation = 100;

    private static readonly FieldType IndexedText = Freeze(new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true });
    private static readonly FieldType AllText = Freeze(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    public static bool IsSearchable(NodeLabel label) => TypeOf(label) is not null;

    public static SearchableType? TypeOf(NodeLabel label) => label switch
    {
        NodeLabel.Organisation => SearchableType.ORGANISATION,
        NodeLabel.Person => SearchableType.PERSON,
        NodeLabel.Capability => SearchableType.CAPABILITY,
        NodeLabel.Project => SearchableType.PROJECT,
        NodeLabel.Challenge => SearchableType.CHALLENGE,
        _ => null,
    };

    /// <summary>The document for a node, or null for nodes search does not hold (specialisms, places).</summary>
    public static Document? Build(InnovationGraph graph, Node node, TextCache texts)
    {
        if (TypeOf(node.Label) is not { } type)
        {
            return null;
        }

        var doc = new DocumentWriter(graph, node, type, texts);
        switch (node)
        {
            case Organisation o:
                AddOrganisation(doc, o);
                break;
            case Person p:
                AddPerson(doc, p);
                break;
            case Capability c:
                AddCapability(doc, c);
                break;
            case Project p:
                AddProject(doc, p);
                break;
            case Challenge c:
                AddChallenge(doc, c);
                break;
        }

        return doc.Finish();
    }

    internal static FieldType TextType => IndexedText;

    internal static FieldType AllType => AllText;

    internal static FieldType KeywordType => StringField.TYPE_NOT_STORED;

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
