using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Specialisms;

/// <summary>Which specialisms match; <c>id: { within: … }</c> takes a specialism and all below it.</summary>
public sealed class SpecialismFilter : NodeFilter<SpecialismFilter, Specialism>
{
    public StringFilter? Name { get; set; }

    /// <summary>Matches specialisms with one of these keywords (any case).</summary>
    public StringFilter? Keyword { get; set; }

    /// <summary>true: top-level specialisms only; false: only those with a parent.</summary>
    public bool? IsRoot { get; set; }

    protected override bool MatchesFields(InnovationGraph graph, Specialism s) =>
        (Name?.Matches(s.Name) ?? true)
        && (Keyword is null || s.Keywords.Any(Keyword.Matches))
        && (IsRoot is null || IsRoot == (graph.Outgoing(s.Id, RelationshipType.SUBSPECIALISM_OF).Count == 0));
}
