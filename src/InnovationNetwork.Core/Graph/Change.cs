using System.Text.Json.Serialization;

namespace InnovationNetwork.Core.Graph;

/// <summary>One change to the graph. A write is an ordered list of changes applied atomically.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "op")]
[JsonDerivedType(typeof(PutNode), "putNode")]
[JsonDerivedType(typeof(RemoveNode), "removeNode")]
[JsonDerivedType(typeof(Link), "link")]
[JsonDerivedType(typeof(Unlink), "unlink")]
public abstract record Change;

/// <summary>
/// Creates a node (Version 1, id not in use) or replaces one (Version exactly one more than the stored one,
/// which is how two writers that read the same version are told apart).
/// </summary>
public sealed record PutNode(Node Node) : Change;

/// <summary>Removes a node and every relationship that touches it.</summary>
public sealed record RemoveNode(string Id) : Change;

/// <summary>Adds a relationship, or replaces the properties of the one with the same key.</summary>
public sealed record Link(Relationship Relationship) : Change;

/// <summary>Removes a relationship if it exists.</summary>
public sealed record Unlink(RelationshipKey Key) : Change;
