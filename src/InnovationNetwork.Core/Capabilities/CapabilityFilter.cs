using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Capabilities;

/// <summary>Which capabilities match; <see cref="CoversTrl"/> keeps those whose TRL range includes a level.</summary>
public sealed class CapabilityFilter : NodeFilter<CapabilityFilter, Capability>
{
    public StringFilter? Name { get; set; }
    public EnumFilter<CapabilityKind>? Kind { get; set; }
    public int? CoversTrl { get; set; }
    public RelationFilter<SpecialismFilter, Specialism>? Specialisms { get; set; }

    protected override bool MatchesFields(InnovationGraph graph, Capability c) =>
        (Name?.Matches(c.Name) ?? true)
        && (Kind?.Matches(c.Kind) ?? true)
        && (CoversTrl is not { } trl || (c.TrlMin ?? NodeRules.MinTrl) <= trl && trl <= (c.TrlMax ?? NodeRules.MaxTrl))
        && (Specialisms?.Matches(graph, graph.Targets(c.Id, RelationshipType.APPLIES_TO)) ?? true);
}
