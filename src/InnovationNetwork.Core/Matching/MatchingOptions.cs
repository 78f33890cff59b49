using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Core.Matching;

/// <summary>
/// Every weight of matching in one place, bound from the "Matching" configuration section. A match's score
/// is the sum of its parts; each part is its weight times a 0–1 strength. The weights CORDIS can measure
/// (text and its profile share, activity and its half-life, ties to strong matches, inferred specialisms)
/// were tuned on the 2015 needs of the time split and checked on the held-out 2016 ones (bench:
/// <c>evaluate-matching --tune</c>, results in bench/RESULTS.md). CORDIS needs name no specialism, TRL,
/// place or asker, so those weights are judged: set to count about as much as activity or more, so that a
/// caller who names them sees them matter, never so much that they outweigh the text.
/// </summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>How well the organisation's text (profile, capabilities, projects) matches the need's words. Tuned (the scale: 1).</summary>
    [Range(0.0, 10.0)] public double TextWeight { get; set; } = 1;

    /// <summary>
    /// How close its specialisms are to the need's (the same 1, a sub-specialism 0.8, a parent 0.5, a sibling 0.3).
    /// CORDIS needs name no specialisms, so this weight of named specialisms is set by judgement.
    /// </summary>
    [Range(0.0, 10.0)] public double SpecialismWeight { get; set; } = 0.3;

    /// <summary>Whether a capability's TRL range covers the TRL sought. Not measurable on CORDIS, set by judgement.</summary>
    [Range(0.0, 10.0)] public double TrlWeight { get; set; } = 0.2;

    /// <summary>
    /// Closeness to the asker (a member's organisation, a challenge's poster): a past partner, or a partner of
    /// its partners. Not measurable on CORDIS (its needs have no asker), so set by judgement.
    /// </summary>
    [Range(0.0, 10.0)] public double NetworkWeight { get; set; } = 0.2;

    /// <summary>
    /// Ties to the other strong matches (the best <see cref="StrongMatches"/> by text); reported in the network
    /// part. Tuned: on CORDIS it added nothing once activity counted (the strong matches' partners are the
    /// active organisations anyway), so 0, which also skips computing it.
    /// </summary>
    [Range(0.0, 10.0)] public double ClusterWeight { get; set; } = 0;

    /// <summary>How much and how recently it has done projects and offered capabilities. Tuned.</summary>
    [Range(0.0, 10.0)] public double ActivityWeight { get; set; } = 0.5;

    /// <summary>Being in (or next to) the places the need names. Not measurable on CORDIS, set by judgement.</summary>
    [Range(0.0, 10.0)] public double PlaceWeight { get; set; } = 0.1;

    /// <summary>Within the text part, the share of the organisation's own document; the rest is the evidence of its matching projects. Tuned.</summary>
    [Range(0.0, 1.0)] public double ProfileShare { get; set; } = 0.7;

    /// <summary>
    /// When a need names no specialisms they are inferred from its text, and the specialism part counts this
    /// share of its weight (0 turns inference off). Named specialisms always count in full. Tuned: on CORDIS,
    /// specialisms inferred on both sides (the need's and the organisations') are weak evidence, worth a little.
    /// </summary>
    [Range(0.0, 1.0)] public double InferredSpecialismShare { get; set; } = 0.08;

    /// <summary>A project's weight in the activity part halves every this many years. Tuned.</summary>
    [Range(0.1, 100.0)] public double ActivityHalfLifeYears { get; set; } = 2;

    /// <summary>Organisations whose own document matches best, considered as candidates.</summary>
    [Range(1, 10_000)] public int TextCandidates { get; set; } = 200;

    /// <summary>Best-matching projects whose participants are considered as candidates.</summary>
    [Range(0, 10_000)] public int ProjectCandidates { get; set; } = 100;

    /// <summary>The strongest candidates by text that count as "strong matches" for the network part.</summary>
    [Range(1, 1_000)] public int StrongMatches { get; set; } = 30;

    /// <summary>Weights for suggested partners: shared partners, similar work, complementary specialisms, activity, place.</summary>
    [Range(0.0, 10.0)] public double PartnerNetworkWeight { get; set; } = 0.4;

    [Range(0.0, 10.0)] public double PartnerTextWeight { get; set; } = 0.3;
    [Range(0.0, 10.0)] public double PartnerSpecialismWeight { get; set; } = 0.15;
    [Range(0.0, 10.0)] public double PartnerActivityWeight { get; set; } = 0.1;
    [Range(0.0, 10.0)] public double PartnerPlaceWeight { get; set; } = 0.05;
}
