using Lucene.Net.Analysis.Synonym;

namespace InnovationNetwork.Search.Analysis;

/// <summary>
/// The domain synonym map twice over: as Lucene's <see cref="SynonymMap"/> for the index analyser, and
/// as plain groups of equivalent phrases, for reading which specialisms a text is about without the
/// stacked tokens multi-word synonyms leave in a token stream.
/// </summary>
public sealed class SynonymSet(SynonymMap map, IReadOnlyList<IReadOnlyList<string>> groups)
{
    public SynonymMap Map { get; } = map;

    public IReadOnlyList<IReadOnlyList<string>> Groups { get; } = groups;

    private readonly Lazy<Dictionary<string, IReadOnlyList<string>>> _byPhrase = new(() =>
    {
        var byPhrase = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            foreach (var phrase in group)
            {
                byPhrase[phrase] = byPhrase.TryGetValue(phrase, out var other) ? other.Concat(group).Distinct().ToArray() : group;
            }
        }

        return byPhrase;
    });

    /// <summary>The phrase and every phrase equivalent to it.</summary>
    public IReadOnlyList<string> Equivalents(string phrase) =>
        _byPhrase.Value.TryGetValue(phrase.Trim(), out var group) ? group : [phrase];
}
