using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Places;

/// <summary>Which places match; <c>id: { within: … }</c> takes a place and everything inside it.</summary>
public sealed class PlaceFilter : NodeFilter<PlaceFilter, Place>
{
    public StringFilter? Name { get; set; }
    public EnumFilter<PlaceLevel>? Level { get; set; }
    public StringFilter? OnsCode { get; set; }

    protected override bool MatchesFields(InnovationGraph graph, Place p) =>
        (Name?.Matches(p.Name) ?? true) && (Level?.Matches(p.Level) ?? true) && (OnsCode?.Matches(p.OnsCode) ?? true);
}
