using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Specialisms;
using static InnovationNetwork.Core.Clusters.ClusterProblemCodes;

namespace InnovationNetwork.Core.Clusters;

/// <summary>The checks at the edge of cluster analytics: staff only, known ids of the right kind, a period that runs forwards.</summary>
public static class ClusterRequestCheck
{
    public const string ForbiddenMessage =
        "Cluster strength is for LEP staff only; sign in with a staff account to see it.";

    public static void ThrowIfInvalid(
        InnovationGraph graph, Viewer viewer, string? specialismId, string? placeId, DateOnly? from, DateOnly? to, string currency,
        string specialismArgument = "specialism")
    {
        if (!viewer.IsStaff)
        {
            throw new ClusterRequestException([new ClusterProblem(Forbidden, "", ForbiddenMessage)]);
        }

        var problems = new List<ClusterProblem>();
        if (specialismId is not null)
        {
            CheckId<Specialism>(graph, specialismId, specialismArgument, "specialism", problems);
        }

        if (placeId is not null)
        {
            CheckId<Place>(graph, placeId, "place", "place", problems);
        }

        if (from is { } f && to is { } t && f > t)
        {
            problems.Add(new(InvalidPeriod, "from", $"The period starts on {f:yyyy-MM-dd}, after it ends on {t:yyyy-MM-dd}; give 'from' on or before 'to'."));
        }

        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            problems.Add(new(Invalid, "currency", $"'{currency}' is not an ISO 4217 currency code such as EUR or GBP."));
        }

        if (problems.Count > 0)
        {
            throw new ClusterRequestException(problems);
        }
    }

    /// <summary>For ids checked against the live graph but looked up in an index built a moment earlier.</summary>
    internal static void ThrowIfMissing(ClusterIndex index, string? specialismId, string? placeId)
    {
        var problems = new List<ClusterProblem>();
        if (specialismId is not null && !index.SpecIndex.ContainsKey(specialismId))
        {
            problems.Add(new(NotFound, "specialism", $"There is no specialism with id '{specialismId}' (it was removed just now)."));
        }

        if (placeId is not null && !index.PlaceIndex.ContainsKey(placeId))
        {
            problems.Add(new(NotFound, "place", $"There is no place with id '{placeId}' (it was removed just now)."));
        }

        if (problems.Count > 0)
        {
            throw new ClusterRequestException(problems);
        }
    }

    private static void CheckId<T>(InnovationGraph graph, string id, string argument, string kind, List<ClusterProblem> problems) where T : Node
    {
        switch (graph.Find(id))
        {
            case null:
                problems.Add(new(NotFound, argument, $"There is no {kind} with id '{id}'."));
                break;
            case not T:
                problems.Add(new(NotFound, argument, $"'{id}' is not a {kind}; give the id of a {kind}, e.g. {Example(kind)}."));
                break;
        }
    }

    private static string Example(string kind) => kind == "place" ? "place-E12000001 (North East)" : "spec-offshore-wind";
}
