using InnovationNetwork.Core.Graph;
using static InnovationNetwork.Core.Imports.ImportProblemKinds;

namespace InnovationNetwork.Core.Imports.Cordis;

/// <summary>
/// Reads CORDIS's project.csv and organization.csv by column name (extra columns ignored, optional ones
/// may be missing), checking each row: ids, numbers, dates, duplicates, and participations of projects
/// that neither file nor graph holds. A bad row is reported and skipped; in strict mode it stops the import.
/// </summary>
public static class CordisReader
{
    private static readonly string[] ActivityTypes = ["HES", "PRC", "REC", "PUB", "OTH"];

    public static CordisData Read(ImportTable projects, ImportTable organisations, ImportProblems problems, InnovationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(graph);
        CheckHeaders(projects, organisations);

        var (projectList, projectRows, skippedProjects) = ReadProjects(projects, problems);
        var known = projectList.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var (participations, participationRows) = ReadParticipations(organisations, problems, id =>
        {
            if (known.ContainsKey(id) || graph.FindByIdentifier(IdentifierScheme.CORDIS_PROJECT, id) is not null)
            {
                return null;
            }

            return skippedProjects.TryGetValue(id, out var line)
                ? $"project {id} was skipped (line {line} of {projects.File})"
                : $"project {id} is neither in {projects.File} nor in the graph";
        });
        return new CordisData(projectList, participations, projectRows, participationRows);
    }

    /// <summary>Refuses, before any row is read, files that lack a column the import needs.</summary>
    public static void CheckHeaders(ImportTable projects, ImportTable organisations)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(organisations);
        projects.Header.Require("id", "title");
        organisations.Header.Require("projectID", "organisationID", "name");
    }

    private static (List<CordisProject>, int Rows, Dictionary<string, int> Skipped) ReadProjects(ImportTable table, ImportProblems problems)
    {
        var h = table.Header;
        int id = h.IndexOf("id"), acronym = h.IndexOf("acronym"), title = h.IndexOf("title"), start = h.IndexOf("startDate"),
            end = h.IndexOf("endDate"), totalCost = h.IndexOf("totalCost"), ecMax = h.IndexOf("ecMaxContribution"),
            legalBasis = h.IndexOf("legalBasis"), framework = h.IndexOf("frameworkProgramme"), objective = h.IndexOf("objective");

        var result = new List<CordisProject>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = 0;
        foreach (var row in table.Rows)
        {
            rows++;
            var read = new ImportRowReader(row, problems);
            var projectId = read.Required(id, "id");
            if (!read.Failed && !IsNumber(projectId))
            {
                read.Fail(MalformedValue, $"id '{ImportRowReader.Clip(projectId)}' is not a CORDIS project number.");
            }

            if (!read.Failed && firstLine.TryGetValue(projectId, out var first))
            {
                read.Fail(DuplicateId, $"project id {projectId} appears again (first on line {first}); the first is kept.");
                continue;
            }

            var project = new CordisProject(projectId, row.File, row.Line)
            {
                Title = read.Required(title, "title"),
                Acronym = read.Text(acronym),
                Objective = CordisText.Clean(read.Text(objective)),
                StartDate = read.Date(start, "startDate"),
                EndDate = read.Date(end, "endDate"),
                TotalCost = read.Decimal(totalCost, "totalCost"),
                EcMaxContribution = read.Decimal(ecMax, "ecMaxContribution"),
                FrameworkProgramme = read.Text(framework),
                LegalBasis = ImportValues.SplitList(read.Text(legalBasis)),
            };
            if (project is { StartDate: { } s, EndDate: { } e } && e < s)
            {
                read.Fail(InvalidRecord, $"endDate {e:yyyy-MM-dd} is before startDate {s:yyyy-MM-dd}.");
            }

            if (read.Failed)
            {
                if (IsNumber(projectId))
                {
                    skipped.TryAdd(projectId, row.Line);
                }

                continue;
            }

            firstLine[projectId] = row.Line;
            result.Add(project);
        }

        return (result, rows, skipped);
    }

    private static (List<CordisParticipation>, int Rows) ReadParticipations(ImportTable table, ImportProblems problems, Func<string, string?> whyUnknown)
    {
        var h = table.Header;
        int project = h.IndexOf("projectID"), pic = h.IndexOf("organisationID"), name = h.IndexOf("name"), shortName = h.IndexOf("shortName"),
            activity = h.IndexOf("activityType"), street = h.IndexOf("street"), postCode = h.IndexOf("postCode"), city = h.IndexOf("city"),
            nuts = h.IndexOf("nutsCode"), url = h.IndexOf("organizationURL"), role = h.IndexOf("role"), contribution = h.IndexOf("ecContribution");

        var result = new List<CordisParticipation>();
        var firstLine = new Dictionary<(string, string), int>();
        var rows = 0;
        foreach (var row in table.Rows)
        {
            rows++;
            var read = new ImportRowReader(row, problems);
            var projectId = read.Required(project, "projectID");
            var organisationId = read.Required(pic, "organisationID");
            if (!read.Failed && !IsNumber(projectId))
            {
                read.Fail(MalformedValue, $"projectID '{ImportRowReader.Clip(projectId)}' is not a CORDIS project number.");
            }

            if (!read.Failed && !IsNumber(organisationId))
            {
                read.Fail(MalformedValue, $"organisationID '{ImportRowReader.Clip(organisationId)}' is not a PIC (a participant identification code of digits).");
            }

            var activityType = read.Text(activity)?.ToUpperInvariant();
            if (activityType is not null && Array.IndexOf(ActivityTypes, activityType) < 0)
            {
                read.Fail(MalformedValue, $"activityType '{ImportRowReader.Clip(activityType)}' is not one of {string.Join(", ", ActivityTypes)}.");
            }

            var participation = new CordisParticipation(projectId, organisationId, row.Line)
            {
                Name = read.Required(name, "name"),
                ShortName = read.Text(shortName),
                ActivityType = activityType,
                Street = read.Text(street),
                PostCode = read.Text(postCode),
                City = read.Text(city),
                NutsCode = read.Text(nuts),
                Url = read.Text(url),
                Role = read.Text(role)?.ToLowerInvariant(),
                EcContribution = read.Decimal(contribution, "ecContribution"),
            };
            if (read.Failed)
            {
                continue;
            }

            if (firstLine.TryGetValue((projectId, organisationId), out var first))
            {
                read.Fail(DuplicateId, $"PIC {organisationId} takes part in project {projectId} again (first on line {first}); the first is kept.");
                continue;
            }

            if (whyUnknown(projectId) is { } why)
            {
                read.Fail(UnknownProject, $"refers to an unknown project: {why}.");
                continue;
            }

            firstLine[(projectId, organisationId)] = row.Line;
            result.Add(participation);
        }

        return (result, rows);
    }

    private static bool IsNumber(string text) => text.Length is > 0 and <= 12 && text.All(char.IsAsciiDigit);
}
