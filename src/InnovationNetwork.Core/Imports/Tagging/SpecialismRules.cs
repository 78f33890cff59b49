using System.Text.Json.Serialization;

namespace InnovationNetwork.Core.Imports.Tagging;

/// <summary>
/// The rules in <c>seed/specialism-rules.json</c>: which programme parts and which phrases tag a project
/// with a specialism, and when an organisation's projects make it a specialist (see docs/importing.md).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SpecialismRules
{
    public const string FileName = "specialism-rules.json";

    [JsonPropertyName("$comment")]
    public string? Comment { get; init; }

    public required SpecialismScoring Scoring { get; init; }

    public required SpecialismInferenceRule Inference { get; init; }

    /// <summary>Programme part (a prefix of CORDIS's legalBasis, e.g. <c>H2020-EU.3.3.</c>) → specialism ids.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ProgrammeParts { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Specialism id → phrases that, found in a project's title or text, tag it with that specialism.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Every specialism id the rules name.</summary>
    public IEnumerable<string> SpecialismIds => Keywords.Keys.Concat(ProgrammeParts.Values.SelectMany(v => v)).Distinct();
}

/// <summary>
/// A project is tagged with a specialism when <c>titleWeight × (its phrases in the title) + textWeight ×
/// (its phrases in the text)</c>, counting distinct phrases, reaches <see cref="Threshold"/>.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SpecialismScoring(int TitleWeight, int TextWeight, int Threshold);

/// <summary>
/// An organisation is inferred to specialise in S when at least <see cref="MinimumProjects"/> of its
/// projects, and at least <see cref="MinimumShare"/> of all of them, apply to S.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record SpecialismInferenceRule(double MinimumShare, int MinimumProjects);
