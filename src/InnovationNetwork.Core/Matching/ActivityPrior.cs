using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Projects;

namespace InnovationNetwork.Core.Matching;

/// <summary>
/// How much and how recently an organisation has done things: each project counts 1 when current and half
/// as much every <see cref="MatchingOptions.ActivityHalfLifeYears"/> after it ended (undated ones 0.5),
/// each capability 0.5. The strength is log(1 + that) over the same for the most active candidate.
/// </summary>
public static class ActivityPrior
{
    public static Activity Of(InnovationGraph graph, string organisationId, DateOnly asOf, double halfLifeYears)
    {
        double amount = 0;
        int projects = 0, recent = 0;
        foreach (var participation in graph.Outgoing(organisationId, RelationshipType.PARTICIPATES_IN))
        {
            if (graph.Find<Project>(participation.To) is not { } project)
            {
                continue;
            }

            if (project.StartDate is { } start && start > asOf)
            {
                continue; // not yet begun as of the day measured from
            }

            projects++;
            var ended = project.EndDate ?? project.StartDate;
            if (ended is not { } end)
            {
                amount += 0.5;
                continue;
            }

            var years = Math.Max(0, (asOf.DayNumber - end.DayNumber) / 365.25);
            amount += Math.Pow(0.5, years / halfLifeYears);
            if (years <= 5)
            {
                recent++;
            }
        }

        amount += 0.5 * graph.Outgoing(organisationId, RelationshipType.OFFERS).Count;
        return new Activity(amount, projects, recent);
    }

    public static double Strength(double amount, double maxAmount) =>
        maxAmount <= 0 ? 0 : Math.Log(1 + amount) / Math.Log(1 + maxAmount);
}

/// <summary>The decayed amount of activity, how many projects in all and how many ended in the last five years.</summary>
public readonly record struct Activity(double Amount, int Projects, int RecentProjects);
