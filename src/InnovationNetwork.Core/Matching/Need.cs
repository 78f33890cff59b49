using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.Core.Matching;

/// <summary>
/// What is needed, in plain words, with optional preferences: specialisms and places raise the organisations
/// close to them, a TRL raises those whose capabilities cover it; kinds keep only organisations of those kinds.
/// </summary>
public sealed record Need(string Text)
{
    public IReadOnlyList<string> Specialisms { get; init; } = [];
    public int? Trl { get; init; }
    public IReadOnlyList<OrganisationKind> Kinds { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>The organisation asking (a challenge's poster, a member's organisation): closeness to it counts, and it is not matched.</summary>
    public string? Asker { get; init; }

    /// <summary>Organisations never to return.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>The day "recent" is measured from; today when null.</summary>
    public DateOnly? AsOf { get; init; }
}
