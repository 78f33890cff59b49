using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Imports.Spreadsheets;

/// <summary>
/// A LEP's own spreadsheets (seed/templates/*.csv): organisations first, then people, projects and
/// capabilities, so later sheets may name organisations the first one adds.
/// </summary>
public static class SpreadsheetImport
{
    public const string Name = "csv";
    public const string SourceName = "import:csv";

    /// <summary>The sheets of one import; any may be absent, but not all.</summary>
    public sealed record Sheets(ImportTable? Organisations, ImportTable? People, ImportTable? Projects, ImportTable? Capabilities)
    {
        public IEnumerable<ImportTable> All => new[] { Organisations, People, Projects, Capabilities }.OfType<ImportTable>();
    }

    public static Func<InnovationGraph, (ImportPlan, IReadOnlyList<(string File, int Rows)>)> Planner(
        Sheets sheets, string seedDirectory, Source source, ImportProblems problems)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        sheets.Organisations?.Header.Require("name");
        sheets.People?.Header.Require("name");
        sheets.Projects?.Header.Require("title");
        sheets.Capabilities?.Header.Require("name", "offeredBy");
        return graph =>
        {
            var sheet = new SheetContext(ImportContext.FromSeed(seedDirectory, graph, source), OrganisationNames.Load(seedDirectory, graph), problems);
            var files = new List<(string, int)>();
            if (sheets.Organisations is { } organisations)
            {
                files.Add((organisations.File, OrganisationSheet.Plan(organisations, sheet)));
            }

            if (sheets.People is { } people)
            {
                files.Add((people.File, PersonSheet.Plan(people, sheet)));
            }

            if (sheets.Projects is { } projects)
            {
                files.Add((projects.File, ProjectSheet.Plan(projects, sheet)));
            }

            if (sheets.Capabilities is { } capabilities)
            {
                files.Add((capabilities.File, CapabilitySheet.Plan(capabilities, sheet)));
            }

            return (sheet.Plan, files);
        };
    }
}
