using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Matching;

/// <summary>
/// Checks what a caller asks of search and matching once, at the edge: ids that name nothing (or the
/// wrong kind of thing), TRLs outside 1–9, text too long to be a need, pages too deep. Each problem
/// names the argument and the values at fault.
/// </summary>
public static class SearchChecks
{
    /// <summary>Text beyond this many characters is refused rather than silently cut.</summary>
    public const int MaxTextLength = 32_768;

    /// <summary>Hits beyond this position are not paged to; narrow the search instead.</summary>
    public const int MaxOffset = 10_000;

    public static List<InputProblem> Check(InnovationGraph graph, SearchRequest request, string field = "query")
    {
        var problems = new List<InputProblem>();
        CheckText(request.Text, field, problems);
        CheckFilter(graph, request.Filter, "where", problems);
        if (request.Offset > MaxOffset)
        {
            problems.Add(new InputProblem("after", InputProblemCodes.PageTooDeep,
                $"Search pages stop at hit {MaxOffset}; add words or filters to narrow the search."));
        }

        return problems;
    }

    public static void CheckText(string? text, string field, List<InputProblem> problems)
    {
        if (text is { Length: > MaxTextLength })
        {
            problems.Add(new InputProblem(field, InputProblemCodes.TextTooLong,
                $"The text is {text.Length} characters long; at most {MaxTextLength} are searched, so shorten it."));
        }
    }

    public static void CheckFilter(InnovationGraph graph, SearchFilter filter, string field, List<InputProblem> problems)
    {
        CheckIds(graph, filter.Specialisms, NodeLabel.Specialism, $"{field}.specialisms", problems);
        CheckIds(graph, filter.Places, NodeLabel.Place, $"{field}.places", problems);
        CheckTrl(filter.Trl, $"{field}.trl", problems);
    }

    public static void CheckTrl(int? trl, string field, List<InputProblem> problems)
    {
        if (trl is < 1 or > 9)
        {
            problems.Add(new InputProblem(field, InputProblemCodes.TrlOutOfRange,
                $"TRL {trl} does not exist: technology readiness levels run from 1 (basic principles) to 9 (proven in operation)."));
        }
    }

    public static void CheckIds(InnovationGraph graph, IReadOnlyList<string> ids, NodeLabel label, string field, List<InputProblem> problems)
    {
        var unknown = ids.Where(id => graph.Find(id) is null).Distinct(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            problems.Add(new InputProblem(field, InputProblemCodes.UnknownId,
                $"No {label.ToString().ToLowerInvariant()} has the id{(unknown.Length > 1 ? "s" : "")} {string.Join(", ", unknown.Select(id => $"'{id}'"))}."));
        }

        var wrong = ids.Where(id => graph.Find(id) is { } node && node.Label != label).Distinct(StringComparer.Ordinal).ToArray();
        if (wrong.Length > 0)
        {
            problems.Add(new InputProblem(field, InputProblemCodes.WrongIdType,
                $"{string.Join(", ", wrong.Select(id => $"'{id}'"))} {(wrong.Length > 1 ? "are not" : "is not a")} {label.ToString().ToLowerInvariant()}{(wrong.Length > 1 ? "s" : "")}."));
        }
    }
}
