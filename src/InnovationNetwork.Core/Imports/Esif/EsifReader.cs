using static InnovationNetwork.Core.Imports.ImportProblemKinds;

namespace InnovationNetwork.Core.Imports.Esif;

/// <summary>
/// Reads the ESIF North East projects file (comma-separated): beneficiary, project, funds, summary,
/// start_date, end_date, eu_investment, project_cost, postcode, my_eu_id. Columns by name; bad rows reported.
/// </summary>
public static class EsifReader
{
    public static void CheckHeader(ImportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.Header.Require("beneficiary", "project");
    }

    public static (List<EsifProject> Projects, int Rows) Read(ImportTable table, ImportProblems problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        CheckHeader(table);
        var h = table.Header;
        int beneficiary = h.IndexOf("beneficiary"), project = h.IndexOf("project"), funds = h.IndexOf("funds"), summary = h.IndexOf("summary"),
            start = h.IndexOf("start_date"), end = h.IndexOf("end_date"), eu = h.IndexOf("eu_investment"), cost = h.IndexOf("project_cost"),
            postcode = h.IndexOf("postcode"), reference = h.IndexOf("my_eu_id");

        var result = new List<EsifProject>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = 0;
        foreach (var row in table.Rows)
        {
            rows++;
            var read = new ImportRowReader(row, problems);
            var title = read.Required(project, "project");
            var given = read.Text(reference);
            var key = ImportIds.Slug(given ?? title);
            var p = new EsifProject(key, row.File, row.Line)
            {
                Beneficiary = read.Required(beneficiary, "beneficiary"),
                Title = title,
                Fund = read.Text(funds)?.ToUpperInvariant(),
                Summary = read.Text(summary),
                StartDate = read.Date(start, "start_date"),
                EndDate = read.Date(end, "end_date"),
                EuInvestment = read.Decimal(eu, "eu_investment"),
                ProjectCost = read.Decimal(cost, "project_cost"),
                Postcode = read.Text(postcode),
                Reference = given,
            };
            if (p is { StartDate: { } s, EndDate: { } e } && e < s)
            {
                read.Fail(InvalidRecord, $"end_date {e:yyyy-MM-dd} is before start_date {s:yyyy-MM-dd}.");
            }

            if (!read.Failed && key.Length == 0)
            {
                read.Fail(MissingValue, "neither my_eu_id nor project gives the project an id.");
            }

            if (!read.Failed && firstLine.TryGetValue(key, out var first))
            {
                read.Fail(DuplicateId, $"the project {given ?? title} appears again (first on line {first}); the first is kept.");
            }

            if (read.Failed)
            {
                continue;
            }

            firstLine[key] = row.Line;
            result.Add(p);
        }

        return (result, rows);
    }
}
