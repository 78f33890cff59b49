using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.Core.Matching;

/// <summary>An organisation being ranked: the evidence gathered for it and the parts of its score.</summary>
public sealed class Candidate(Organisation organisation)
{
    public Organisation Organisation { get; } = organisation;

    /// <summary>Its own document's text score over the best one's (0–1).</summary>
    public double Profile { get; set; }

    /// <summary>The need's words its own text holds.</summary>
    public IReadOnlyList<string> Mentions { get; set; } = [];

    /// <summary>The sum of the normalised scores of its matching projects.</summary>
    public double ProjectEvidence { get; set; }

    public List<(string ProjectId, double Strength)> Projects { get; } = [];

    public double Text { get; set; }
    public Activity Activity { get; set; }
    public SpecialismPair? Specialism { get; set; }
    public Capability? TrlCapability { get; set; }
    public (string? Place, string? Wanted) Place { get; set; }

    /// <summary>Its ties to the other strong matches over the best candidate's (0–1).</summary>
    public double ClusterStrength { get; set; }

    /// <summary>Strong matches it worked with, strongest first.</summary>
    public List<Candidate> StrongPartners { get; } = [];

    /// <summary>Projects shared with the asker, and the asker's partners it worked with.</summary>
    public int SharedWithAsker { get; set; }

    public List<string> AskerPartners { get; } = [];

    /// <summary>Its matching projects' evidence over the best candidate's (0–1).</summary>
    public double ProjectStrength { get; set; }

    /// <summary>Each part's strength before weighting (0–1); <see cref="Parts"/> are these times the weights.</summary>
    public MatchParts Strengths { get; set; } = MatchParts.Zero;

    public MatchParts Parts { get; set; } = MatchParts.Zero;

    public OrganisationMatch ToMatch(IReadOnlyList<MatchReason> reasons) => new(Organisation, Parts.Sum, Parts, reasons);
}

/// <summary>What one ranking knows besides the candidates: the need, its words and specialisms, the day measured from.</summary>
public sealed class MatchContext(InnovationGraph graph, Need need, DateOnly asOf)
{
    public InnovationGraph Graph { get; } = graph;
    public Need Need { get; } = need;
    public DateOnly AsOf { get; } = asOf;

    /// <summary>For each matching project, the need's words its text holds.</summary>
    public Dictionary<string, IReadOnlyList<string>> ProjectMentions { get; } = new(StringComparer.Ordinal);
    public IReadOnlyList<(string Id, double Confidence)> Specialisms { get; set; } = [];
    public bool SpecialismsInferred => Need.Specialisms.Count == 0;
}

/// <summary>Candidates best first, with the context they were ranked in.</summary>
public sealed record RankedCandidates(IReadOnlyList<Candidate> Items, MatchContext Context) : IEnumerable<Candidate>
{
    public int Count => Items.Count;

    public IEnumerator<Candidate> GetEnumerator() => Items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
