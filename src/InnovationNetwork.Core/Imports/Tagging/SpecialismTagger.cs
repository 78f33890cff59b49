namespace InnovationNetwork.Core.Imports.Tagging;

/// <summary>
/// Tags a project with specialisms by the rules: every specialism its programme parts map to, and every
/// specialism whose phrases score enough in its title and text (<see cref="SpecialismScoring"/>).
/// Thread-safe once built.
/// </summary>
public sealed class SpecialismTagger
{
    private readonly SpecialismRules _rules;
    private readonly PhraseMatcher _matcher = new();
    private readonly List<string> _phraseSpecialism = [];
    private readonly (string Prefix, IReadOnlyList<string> Specialisms)[] _parts;

    public SpecialismTagger(SpecialismRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        foreach (var (specialism, phrases) in rules.Keywords)
        {
            foreach (var phrase in phrases)
            {
                _matcher.Add(phrase);
                _phraseSpecialism.Add(specialism);
            }
        }

        _parts = rules.ProgrammeParts.Select(p => (p.Key.Trim(), p.Value)).ToArray();
    }

    public SpecialismInferenceRule Inference => _rules.Inference;

    /// <summary>
    /// The specialism ids for a project, sorted so the result is the same on every run.
    /// <paramref name="programmeParts"/> are codes such as <c>H2020-EU.3.3.</c>; a rule's part matches
    /// itself and every part below it (<c>H2020-EU.2.1.</c> covers <c>H2020-EU.2.1.3.</c>).
    /// </summary>
    public IReadOnlyList<string> Tag(string? title, string? text, IEnumerable<string> programmeParts)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var part in programmeParts)
        {
            foreach (var (prefix, specialisms) in _parts)
            {
                if (part.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    result.UnionWith(specialisms);
                }
            }
        }

        var inTitle = new HashSet<int>();
        var inText = new HashSet<int>();
        _matcher.Match(title, inTitle);
        _matcher.Match(text, inText);
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var phrase in inTitle)
        {
            Add(scores, _phraseSpecialism[phrase], _rules.Scoring.TitleWeight);
        }

        foreach (var phrase in inText)
        {
            Add(scores, _phraseSpecialism[phrase], _rules.Scoring.TextWeight);
        }

        foreach (var (specialism, score) in scores)
        {
            if (score >= _rules.Scoring.Threshold)
            {
                result.Add(specialism);
            }
        }

        return [.. result];
    }

    private static void Add(Dictionary<string, int> scores, string specialism, int weight) =>
        scores[specialism] = scores.GetValueOrDefault(specialism) + weight;
}
