using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Core.Matching;

/// <summary>
/// Every weight of matching in one place, bound from the "Matching" configuration section. The defaults
/// were tuned on CORDIS data (bench: <c>evaluate-matching</c>, results in bench/RESULTS.md), not set by taste.
/// A match's score is the sum of its parts; each part is its weight times a 0–1 strength.
/// </summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>How well the organisation's text (profile, capabilities, projects) matches the need's words.</summary>
    [Range(0.0, 10.0)] public double TextWeight { get; set; } = 0.55;

    /// <summary>How close its specialisms are to the need's (the same 1, a sub-specialism 0.8, a parent 0.5, a sibling 0.3).</summary>
    [Range(0.0, 10.0)] public double SpecialismWeight { get; set; } = 0.15;

    /// <summary>Whether a capability's TRL range covers the TRL sought.</summary>
    [Range(0.0, 10.0)] public double TrlWeight { get; set; } = 0.1;

    /// <summary>Collaboration with the asker and with the other strong matches.</summary>
    [Range(0.0, 10.0)] public double NetworkWeight { get; set; } = 0.1;

    /// <summary>How much and how recently it has done projects and offered capabilities.</summary>
    [Range(0.0, 10.0)] public double ActivityWeight { get; set; } = 0.1;

    /// <summary>Being in (or next to) the places the need names.</summary>
    [Range(0.0, 10.0)] public double PlaceWeight { get; set; } = 0.05;

    /// <summary>Within the text part, the share of the organisation's own document; the rest is the evidence of its matching projects.</summary>
    [Range(0.0, 1.0)] public double ProfileShare { get; set; } = 0.5;

    /// <summary>Within the network part, the share of closeness to the asker when there is one; the rest is ties to the other strong matches.</summary>
    [Range(0.0, 1.0)] public double AskerShare { get; set; } = 0.5;

    /// <summary>A project's weight in the activity part halves every this many years.</summary>
    [Range(0.1, 100.0)] public double ActivityHalfLifeYears { get; set; } = 4;

    /// <summary>Organisations whose own document matches best, considered as candidates.</summary>
    [Range(1, 10_000)] public int TextCandidates { get; set; } = 200;

    /// <summary>Best-matching projects whose participants are considered as candidates.</summary>
    [Range(0, 10_000)] public int ProjectCandidates { get; set; } = 100;

    /// <summary>The strongest candidates by text that count as "strong matches" for the network part.</summary>
    [Range(1, 1_000)] public int StrongMatches { get; set; } = 30;

    /// <summary>When a need names no specialisms, infer them from its text (with their confidence).</summary>
    public bool InferNeedSpecialisms { get; set; } = true;

    /// <summary>Weights for suggested partners: shared partners, similar work, complementary specialisms, activity, place.</summary>
    [Range(0.0, 10.0)] public double PartnerNetworkWeight { get; set; } = 0.4;

    [Range(0.0, 10.0)] public double PartnerTextWeight { get; set; } = 0.3;
    [Range(0.0, 10.0)] public double PartnerSpecialismWeight { get; set; } = 0.15;
    [Range(0.0, 10.0)] public double PartnerActivityWeight { get; set; } = 0.1;
    [Range(0.0, 10.0)] public double PartnerPlaceWeight { get; set; } = 0.05;
}
