using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Imports.Cordis;

/// <summary>The CORDIS import as one step for <see cref="ImportRunner"/>: read both files, then plan.</summary>
public static class CordisImport
{
    public const string Name = "cordis";
    public const string SourceName = "import:cordis";

    public static Func<InnovationGraph, (ImportPlan, IReadOnlyList<(string File, int Rows)>)> Planner(
        ImportTable projects, ImportTable organisations, string seedDirectory, Source source, ImportProblems problems)
    {
        CordisReader.CheckHeaders(projects, organisations);
        return graph =>
        {
            var context = ImportContext.FromSeed(seedDirectory, graph, source);
            var data = CordisReader.Read(projects, organisations, problems, graph);
            var plan = CordisPlanner.Plan(data, context, problems);
            return (plan, [(projects.File, data.ProjectRows), (organisations.File, data.ParticipationRows)]);
        };
    }
}
