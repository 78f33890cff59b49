using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Storage.Tests.Contract;

/// <summary>One relationship of each of the ten types, with every property they carry.</summary>
public static class SampleRelationships
{
    /// <summary>The nodes <see cref="OneOfEachType"/> joins: one of each kind and a parent specialism.</summary>
    public static IReadOnlyList<Node> Endpoints() =>
        [.. SampleNodes.OneOfEachKind(), SampleNodes.Specialism("spec-energy", "Energy")];

    public static IReadOnlyList<Relationship> OneOfEachType()
    {
        var organisation = SampleNodes.Organisation().Id;
        var person = SampleNodes.Person().Id;
        var specialism = SampleNodes.Specialism().Id;
        var capability = SampleNodes.Capability().Id;
        var challenge = SampleNodes.Challenge().Id;
        var project = SampleNodes.Project().Id;
        var place = SampleNodes.Place().Id;

        return
        [
            new(RelationshipType.LOCATED_IN, organisation, place),
            new(RelationshipType.SPECIALISES_IN, person, specialism) { Confidence = 0.8731 },
            new(RelationshipType.SUBSPECIALISM_OF, specialism, "spec-energy"),
            new(RelationshipType.WORKS_AT, person, organisation) { Role = "Head of Engineering — Pennaeth" },
            new(RelationshipType.OFFERS, organisation, capability),
            new(RelationshipType.APPLIES_TO, challenge, specialism) { Confidence = 1e-9 },
            new(RelationshipType.PARTICIPATES_IN, organisation, project) { Role = "coordinator", Amount = new Money(1234567.89m, "EUR") },
            new(RelationshipType.ADDRESSES, capability, challenge),
            new(RelationshipType.FUNDED_BY, project, organisation) { Amount = new Money(79228162514264337593543950335m, "GBP") },
            new(RelationshipType.POSTED, person, challenge) { Role = SampleText.Emoji },
        ];
    }
}
