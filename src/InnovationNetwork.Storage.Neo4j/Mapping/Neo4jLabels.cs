using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.Storage.Neo4j.Mapping;

/// <summary>
/// The fixed map from the graph's closed enums to Neo4j labels. Cypher cannot take a label or a relationship
/// type as a parameter, so statements are built from these names, and from nothing else: no text that came
/// from a request or a file ever reaches a statement's text.
/// </summary>
internal static class Neo4jLabels
{
    /// <summary>
    /// Every node of the graph carries this label as well as its own, so one unique constraint keeps ids
    /// unique across labels (as the port requires) and one index serves lookups and paging by id.
    /// </summary>
    public const string Entity = "Entity";

    public const string ChangeBatch = "ChangeBatch";
    public const string ChangeLog = "ChangeLog";

    /// <summary>The id of the one <c>:ChangeLog</c> node whose <c>sequence</c> counts the batches.</summary>
    public const string ChangeLogId = "main";

    /// <summary>The labels a node is stored with, beyond <see cref="Entity"/>: <c>Organisation:University</c>, <c>Specialism</c> …</summary>
    public static IReadOnlyList<string> Of(Node node) => node switch
    {
        Organisation organisation when KindLabel(organisation.Kind) is { } kind => [nameof(NodeLabel.Organisation), kind],
        _ => [Name(node.Label)],
    };

    /// <summary>Every label this store puts on graph nodes, so a node that changes label or kind loses its old ones.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. Enum.GetValues<NodeLabel>().Select(Name),
        .. Enum.GetValues<OrganisationKind>().Select(KindLabel).OfType<string>(),
    ];

    public static string Name(NodeLabel label) => label switch
    {
        NodeLabel.Organisation => "Organisation",
        NodeLabel.Person => "Person",
        NodeLabel.Specialism => "Specialism",
        NodeLabel.Capability => "Capability",
        NodeLabel.Challenge => "Challenge",
        NodeLabel.Project => "Project",
        NodeLabel.Place => "Place",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Not a node label."),
    };

    /// <summary>The second label an organisation carries for its kind; OTHER carries none.</summary>
    public static string? KindLabel(OrganisationKind kind) => kind switch
    {
        OrganisationKind.BUSINESS => "Business",
        OrganisationKind.UNIVERSITY => "University",
        OrganisationKind.RESEARCH_ORGANISATION => "ResearchOrganisation",
        OrganisationKind.PUBLIC_BODY => "PublicBody",
        OrganisationKind.FUNDER => "Funder",
        OrganisationKind.OTHER => null,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an organisation kind."),
    };

    /// <summary>A relationship type's Neo4j name: the enum's own name (<c>LOCATED_IN</c>), checked to be one.</summary>
    public static string TypeName(RelationshipType type) =>
        Enum.IsDefined(type) ? type.ToString() : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a relationship type.");
}
