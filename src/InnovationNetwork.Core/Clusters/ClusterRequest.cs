namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// What a cluster-strength question asks: one specialism (with its sub-specialisms), optionally within a
/// place (with the places inside it) and a period of project activity. <see cref="AsOf"/> is the day
/// "active projects" are counted on: the period's end when there is one, else today, fixed by the caller
/// so the same request always gives the same answer.
/// </summary>
public sealed record ClusterRequest(
    string SpecialismId,
    string? PlaceId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    DateOnly? AsOf = null,
    string Currency = ClusterRequest.DefaultCurrency)
{
    /// <summary>CORDIS, the bulk of the open data, reports euros; ask for GBP to see ESIF amounts.</summary>
    public const string DefaultCurrency = "EUR";

    /// <summary>The day active projects are counted on: <see cref="AsOf"/>, else <see cref="To"/>, else <paramref name="today"/>.</summary>
    public DateOnly ActiveOn(DateOnly today) => AsOf ?? To ?? today;
}

/// <summary>The whole map: every specialism's cluster in one place and period, ranked.</summary>
public sealed record ClusterRankRequest(
    string? PlaceId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    DateOnly? AsOf = null,
    string Currency = ClusterRequest.DefaultCurrency,
    IReadOnlyList<ClusterOrder>? OrderBy = null,
    string? Under = null)
{
    /// <summary>The request for one specialism of the map.</summary>
    public ClusterRequest For(string specialismId) => new(specialismId, PlaceId, From, To, AsOf, Currency);
}
