using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Matching;

/// <summary>A matched organisation: its score, the parts that add up to it, and why, in plain words.</summary>
public sealed record OrganisationMatch(Organisation Organisation, double Score, MatchParts Parts, IReadOnlyList<MatchReason> Reasons);

/// <summary>The weighted parts of a score; they add up to it.</summary>
public sealed record MatchParts(double Text, double Specialism, double Trl, double Network, double Activity, double Place)
{
    public static readonly MatchParts Zero = new(0, 0, 0, 0, 0, 0);

    public double Sum => Text + Specialism + Trl + Network + Activity + Place;
}

/// <summary>One reason for a match: a stable code (TEXT, PROJECTS, SPECIALISM, TRL, NETWORK, ACTIVITY, PLACE) and a sentence.</summary>
public sealed record MatchReason(string Code, string Message);

public static class MatchReasonCodes
{
    public const string Text = "TEXT";
    public const string Projects = "PROJECTS";
    public const string Specialism = "SPECIALISM";
    public const string Trl = "TRL";
    public const string Network = "NETWORK";
    public const string Activity = "ACTIVITY";
    public const string Place = "PLACE";
}

/// <summary>One page of ranked matches, best first.</summary>
public sealed record MatchPage(IReadOnlyList<OrganisationMatch> Items, int Offset, int TotalCount) : IPage
{
    public int Count => Items.Count;
    public bool HasNextPage => Offset + Items.Count < TotalCount;
    public bool HasPreviousPage => Offset > 0;
    public string CursorAt(int index) => Cursor.Encode(Offset + index);

    public static MatchPage Empty(int offset) => new([], offset, 0);
}
