using System.Text.Json.Serialization;

namespace InnovationNetwork.Core.Graph;

/// <summary>
/// A typed, directed relationship. At most one exists per (type, from, to); linking again replaces its
/// properties. The properties are the few the graph needs, typed rather than a bag:
/// <see cref="Role"/> and <see cref="Amount"/> on PARTICIPATES_IN (role, EU contribution) and FUNDED_BY
/// (amount), <see cref="Confidence"/> on an inferred SPECIALISES_IN.
/// </summary>
public sealed record Relationship(RelationshipType Type, string From, string To)
{
    public string? Role { get; init; }
    public Money? Amount { get; init; }

    /// <summary>Set when the relationship was inferred (for example specialisms suggested from text), 0–1.</summary>
    public double? Confidence { get; init; }

    [JsonIgnore]
    public RelationshipKey Key => new(Type, From, To);
}

/// <summary>The identity of a relationship.</summary>
public readonly record struct RelationshipKey(RelationshipType Type, string From, string To);
