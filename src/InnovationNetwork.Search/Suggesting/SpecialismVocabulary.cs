using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Indexing;
using InnovationNetwork.Search.Querying;
using Lucene.Net.Analysis.TokenAttributes;

namespace InnovationNetwork.Search.Suggesting;

/// <summary>
/// The words each specialism is known by (its name and the keywords of seed/specialisms.json, each with
/// its synonyms, so "remotely operated vehicle" counts for the keyword "rov"), stemmed as queries are, and
/// the means to say which specialisms a text is about: each distinct name or keyword found in the text
/// adds evidence, more for names, for longer phrases and for phrases few specialisms share, a little
/// more when repeated; the evidence becomes a confidence of 1 − e^(−evidence/2). Synonyms are expanded
/// on the vocabulary's side, not injected into the text, so a multi-word synonym cannot leave stray words
/// ("underwater" from "remotely operated underwater vehicle") in a text that never said them.
/// Rebuilt whenever specialisms change.
/// </summary>
internal sealed class SpecialismVocabulary(DirectoryAnalyzers analyzers, SynonymSet synonyms)
{
    private const double NameWeight = 2.0;
    private const double KeywordWeight = 1.0;
    private const double MinConfidence = 0.2;

    /// <summary>A suggestion must have at least this share of the best one's evidence.</summary>
    private const double RelativeFloor = 0.3;

    private volatile Entry[] _entries = [];

    public IReadOnlyList<(string Id, string Name)> Names { get; private set; } = [];

    public void Load(InnovationGraph graph)
    {
        var phrases = new List<(string Id, string Surface, string[] Stems, double Weight)>();
        var names = new List<(string, string)>();
        foreach (var specialism in graph.All<Specialism>())
        {
            names.Add((specialism.Id, specialism.Name));
            var own = new List<(string Surface, string Phrase, double Weight)> { (specialism.Name, specialism.Name, NameWeight) };
            own.AddRange(specialism.Keywords.SelectMany(k => synonyms.Equivalents(k).Select(e => (k, e, KeywordWeight))));

            // A name that is also a keyword ("Subsea", "subsea") is one piece of evidence, at its best weight.
            phrases.AddRange(own
                .Select(p => (specialism.Id, p.Surface, Stems: Stems(p.Phrase), p.Weight))
                .Where(p => p.Stems.Length > 0)
                .GroupBy(p => string.Join(' ', p.Stems))
                .Select(g => g.MaxBy(p => p.Weight)));
        }

        // A phrase several specialisms share says less about each of them.
        var sharing = phrases
            .GroupBy(p => string.Join(' ', p.Stems))
            .ToDictionary(g => g.Key, g => g.Select(p => p.Id).Distinct().Count());
        _entries = phrases
            .Select(p => new Entry(p.Id, p.Surface, p.Stems, p.Weight * (1 + 0.5 * (p.Stems.Length - 1)) / sharing[string.Join(' ', p.Stems)]))
            .ToArray();
        Names = names.OrderBy(n => n.Item2, StringComparer.OrdinalIgnoreCase).ToArray();
    }

    public IReadOnlyList<SpecialismSuggestion> Suggest(string text, int limit)
    {
        var entries = _entries;
        if (string.IsNullOrWhiteSpace(text) || entries.Length == 0 || limit <= 0)
        {
            return [];
        }

        var slots = Slots(text.Length > SearchChecks.MaxTextLength ? text[..SearchChecks.MaxTextLength] : text);
        // The best of a keyword's synonyms counts once: "ROV" and "remotely operated vehicle" are one piece of evidence.
        var found = new Dictionary<(string Id, string Surface), double>();
        foreach (var entry in entries)
        {
            var count = Occurrences(slots, entry.Stems);
            if (count > 0)
            {
                var key = (entry.SpecialismId, entry.Surface);
                found[key] = Math.Max(found.GetValueOrDefault(key), entry.Weight * (1 + 0.5 * Math.Log(count)));
            }
        }

        var evidence = new Dictionary<string, (double Score, List<string> Words)>(StringComparer.Ordinal);
        foreach (var ((id, surface), weight) in found)
        {
            var (score, words) = evidence.GetValueOrDefault(id, (0, []));
            words.Add(surface);
            evidence[id] = (score + weight, words);
        }

        if (evidence.Count == 0)
        {
            return [];
        }

        var best = evidence.Values.Max(e => e.Score);
        return evidence
            .Where(e => e.Value.Score >= RelativeFloor * best)
            .Select(e => new SpecialismSuggestion(e.Key, Math.Round(1 - Math.Exp(-e.Value.Score / 2), 3), e.Value.Words.Distinct(StringComparer.OrdinalIgnoreCase).ToArray()))
            .Where(s => s.Confidence >= MinConfidence)
            .OrderByDescending(s => s.Confidence)
            .ThenBy(s => s.SpecialismId, StringComparer.Ordinal)
            .Take(limit)
            .ToArray();
    }

    private string[] Stems(string phrase) =>
        TextAnalysis.Analyse(analyzers.Query, IndexFields.Text, phrase).Select(w => w.Term).ToArray();

    /// <summary>
    /// The text's terms by position; positions left empty by stop words are closed up so "operations and
    /// maintenance" reads as two neighbouring words.
    /// </summary>
    private List<HashSet<string>> Slots(string text)
    {
        var slots = new List<HashSet<string>>();
        using var stream = analyzers.Query.GetTokenStream(IndexFields.Text, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || slots.Count == 0)
            {
                slots.Add(new HashSet<string>(StringComparer.Ordinal));
            }

            slots[^1].Add(term.ToString());
        }

        stream.End();
        return slots;
    }

    private static int Occurrences(List<HashSet<string>> slots, string[] stems)
    {
        var count = 0;
        for (var start = 0; start + stems.Length <= slots.Count; start++)
        {
            var all = true;
            for (var i = 0; i < stems.Length && all; i++)
            {
                all = slots[start + i].Contains(stems[i]);
            }

            if (all)
            {
                count++;
            }
        }

        return count;
    }

    private sealed record Entry(string SpecialismId, string Surface, string[] Stems, double Weight);
}
