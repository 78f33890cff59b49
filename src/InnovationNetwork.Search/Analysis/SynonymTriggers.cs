using System.Text;
using System.Text.RegularExpressions;
using InnovationNetwork.Search.Querying;
using Lucene.Net.Analysis;

namespace InnovationNetwork.Search.Analysis;

/// <summary>
/// Whether the synonym filter could change which words of a text are marked for some searched terms.
/// Analysing with synonyms is most of the cost of highlighting, yet a synonym changes the tokens only where
/// one of its group's phrases stands in full in the text. So for the groups that hold a searched term, each
/// phrase is kept as its words (cut to a stem-safe prefix, so plurals count): a text that lacks a word of
/// every such phrase is marked exactly alike by the chain without synonyms. Texts with characters outside
/// ASCII always take the synonym chain, since accents are folded before synonyms are matched.
/// </summary>
internal sealed class SynonymTriggers
{
    /// <summary>For each stem any phrase of the map analyses to, the phrases (as word prefixes) of every group holding it.</summary>
    private readonly Dictionary<string, string[][]> _byStem = new(StringComparer.Ordinal);

    public SynonymTriggers(SynonymSet synonyms, Analyzer query)
    {
        foreach (var group in synonyms.Groups)
        {
            var phrases = group.Select(phrase => Regex.Split(phrase, @"[^\p{L}\p{N}]+").Where(w => w.Length > 0).Select(Prefix).ToArray()).ToArray();
            foreach (var stem in group.SelectMany(phrase => TextAnalysis.Analyse(query, "", phrase)).Select(w => w.Term).Distinct())
            {
                _byStem[stem] = _byStem.TryGetValue(stem, out var known) ? [.. known, .. phrases] : phrases;
            }
        }
    }

    /// <summary>The phrases, as word prefixes, whose presence in a text could move a mark for <paramref name="terms"/>.</summary>
    public IReadOnlyList<string[]> For(IEnumerable<string> terms) =>
        terms.SelectMany(t => _byStem.GetValueOrDefault(t, [])).Distinct().ToArray();

    /// <summary>True when a phrase of <paramref name="triggers"/> may be in <paramref name="text"/>.</summary>
    public static bool MayFire(IReadOnlyList<string[]> triggers, string text) =>
        triggers.Count > 0 && (!Ascii.IsValid(text) || triggers.Any(words => words.All(w => text.Contains(w, StringComparison.OrdinalIgnoreCase))));

    /// <summary>A word without the last letters plural forms change ("battery" → "batt", found in "batteries").</summary>
    private static string Prefix(string word) => word.Length <= 3 ? word : word[..^3];
}
