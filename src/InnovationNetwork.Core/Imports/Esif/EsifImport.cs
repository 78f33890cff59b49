using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Imports.Esif;

/// <summary>The ESIF import as one step for <see cref="ImportRunner"/>.</summary>
public static class EsifImport
{
    public const string Name = "esif";
    public const string SourceName = "import:esif";

    public static Func<InnovationGraph, (ImportPlan, IReadOnlyList<(string File, int Rows)>)> Planner(
        ImportTable projects, string seedDirectory, Source source, ImportProblems problems)
    {
        EsifReader.CheckHeader(projects);
        return graph =>
        {
            var context = ImportContext.FromSeed(seedDirectory, graph, source);
            var names = OrganisationNames.Load(seedDirectory, graph);
            var (rows, count) = EsifReader.Read(projects, problems);
            return (EsifPlanner.Plan(rows, context, names, problems), [(projects.File, count)]);
        };
    }
}
