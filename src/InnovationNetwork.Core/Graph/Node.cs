using System.Text.Json.Serialization;

namespace InnovationNetwork.Core.Graph;

/// <summary>
/// A node of the innovation graph. Nodes are immutable values: a change replaces a node with a new
/// value whose <see cref="Version"/> is one higher, which is what optimistic concurrency checks.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "label")]
[JsonDerivedType(typeof(Organisations.Organisation), nameof(NodeLabel.Organisation))]
[JsonDerivedType(typeof(People.Person), nameof(NodeLabel.Person))]
[JsonDerivedType(typeof(Specialisms.Specialism), nameof(NodeLabel.Specialism))]
[JsonDerivedType(typeof(Capabilities.Capability), nameof(NodeLabel.Capability))]
[JsonDerivedType(typeof(Challenges.Challenge), nameof(NodeLabel.Challenge))]
[JsonDerivedType(typeof(Projects.Project), nameof(NodeLabel.Project))]
[JsonDerivedType(typeof(Places.Place), nameof(NodeLabel.Place))]
public abstract record Node
{
    /// <summary>Globally unique, stable id; its prefix names the label (<c>org-</c>, <c>spec-</c> …).</summary>
    public required string Id { get; init; }

    /// <summary>1 when created, one more on every replacement.</summary>
    public int Version { get; init; } = 1;

    /// <summary>How outside systems name this node (PIC, Companies House number, ROR …).</summary>
    public IReadOnlyList<ExternalIdentifier> Identifiers { get; init; } = [];

    /// <summary>Where this node's facts came from, oldest first.</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];

    [JsonIgnore]
    public abstract NodeLabel Label { get; }

    /// <summary>The name a person reads: an organisation's name, a project's title …</summary>
    [JsonIgnore]
    public abstract string DisplayName { get; }
}
