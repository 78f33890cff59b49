using InnovationNetwork.Cli.Tests.Support;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using static InnovationNetwork.Core.Graph.RelationshipType;

namespace InnovationNetwork.Cli.Tests.Commands;

/// <summary>
/// Imports the real shared CORDIS UK extract (13,826 projects, 23,347 participations) and checks facts known
/// about it. Takes about half a minute on a quiet 2-core machine; skipped, saying why, when the data is absent.
/// </summary>
public sealed class RealCordisDataTests
{
    [RealCordisDataFact]
    public async Task TheSharedCordisExtractImportsWithNewcastleUniversityInNewcastleAndItsProjects()
    {
        using var cli = new CliHarness();
        var folder = Path.Combine(Repository.SharedData!, "cordis-uk");

        var result = await cli.RunAsync(
            "import", "cordis", "--projects", Path.Combine(folder, "project.csv.gz"), "--organisations", Path.Combine(folder, "organization.csv.gz"));

        // The extract lists 33 participations in projects it does not contain; they are skipped and explained.
        Assert.True(result.Exit == CliExitCodes.RowsSkipped, result.ToString());
        Assert.Contains("Skipped 33 rows:", result.Output);
        Assert.Contains("    33  unknown project", result.Output);

        var graph = await cli.GraphAsync();
        var newcastle = Assert.IsType<Organisation>(graph.FindByIdentifier(IdentifierScheme.PIC, "999985417"));
        Assert.Equal("org-newcastle-university", newcastle.Id);
        Assert.Equal("place-E08000021", Assert.Single(graph.Outgoing(newcastle.Id, LOCATED_IN)).To);
        var projects = graph.Outgoing(newcastle.Id, PARTICIPATES_IN);
        Assert.True(projects.Count > 300, $"Newcastle University takes part in {projects.Count} projects");
        Assert.Contains(projects, r => r.To == "project-cordis-85244" && r.Role == "participant"); // NANOSIL
        Assert.Contains(projects, r => r.To == "project-cordis-85358" && r.Role == "coordinator"); // ReNaChip

        Assert.Equal(13826, graph.All<Core.Projects.Project>().Count(p => p.Id.StartsWith("project-cordis-", StringComparison.Ordinal)));
        Assert.Equal(23347 - 33, graph.All<Organisation>().Sum(o => graph.Outgoing(o.Id, PARTICIPATES_IN).Count));

        var again = await cli.RunAsync(
            "import", "cordis", "--projects", Path.Combine(folder, "project.csv.gz"), "--organisations", Path.Combine(folder, "organization.csv.gz"));
        Assert.Contains("Nothing changed", again.Output);
    }
}

/// <summary>A fact that runs only when the shared CORDIS data is there (SHARED_DATA_DIR or ../shared/data).</summary>
public sealed class RealCordisDataFactAttribute : FactAttribute
{
    public RealCordisDataFactAttribute()
    {
        var folder = Repository.SharedData is { } data ? Path.Combine(data, "cordis-uk") : null;
        if (folder is null || !File.Exists(Path.Combine(folder, "project.csv.gz")) || !File.Exists(Path.Combine(folder, "organization.csv.gz")))
        {
            Skip = "The shared CORDIS data (cordis-uk/project.csv.gz and organization.csv.gz) was not found: set SHARED_DATA_DIR to the folder holding cordis-uk/, or place it at ../shared/data beside the repository.";
        }
    }
}
