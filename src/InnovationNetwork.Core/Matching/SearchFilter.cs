using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.Core.Matching;

/// <summary>
/// Which records a search keeps. Within one list any value may match; the lists are combined with AND.
/// Specialisms and places match their sub-specialisms and sub-places too (asking for Energy finds
/// Offshore robotics). <see cref="Trl"/> keeps records that work at that readiness level.
/// </summary>
public sealed record SearchFilter
{
    public IReadOnlyList<SearchableType> Types { get; init; } = [];
    public IReadOnlyList<OrganisationKind> Kinds { get; init; } = [];
    public IReadOnlyList<OrganisationSize> Sizes { get; init; } = [];
    public IReadOnlyList<string> Specialisms { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];
    public int? Trl { get; init; }

    public static readonly SearchFilter None = new();
}
