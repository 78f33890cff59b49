using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Matching;

/// <summary>Checks a need at the edge: text length, specialism and place ids, TRL 1–9, something to match on.</summary>
public static class NeedChecks
{
    public const string EmptyNeed = "EMPTY_NEED";

    public static List<InputProblem> Check(InnovationGraph graph, Need need, string field = "need")
    {
        var problems = new List<InputProblem>();
        SearchChecks.CheckText(need.Text, $"{field}.text", problems);
        SearchChecks.CheckIds(graph, need.Specialisms, NodeLabel.Specialism, $"{field}.specialisms", problems);
        SearchChecks.CheckIds(graph, need.Places, NodeLabel.Place, $"{field}.places", problems);
        SearchChecks.CheckTrl(need.Trl, $"{field}.trl", problems);
        if (string.IsNullOrWhiteSpace(need.Text) && need.Specialisms.Count == 0)
        {
            problems.Add(new InputProblem($"{field}.text", EmptyNeed,
                "Say what is needed in a few words, or name the specialisms it concerns; there is nothing to match on."));
        }

        return problems;
    }
}
