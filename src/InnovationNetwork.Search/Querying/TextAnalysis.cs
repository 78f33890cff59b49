using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Turns text into the distinct words the index knows, in order of first appearance. User text is only
/// ever analysed, never parsed, so quotes, AND, *, :, ~ and brackets are ordinary characters (mostly
/// dropped by the tokenizer) and cannot change the query's meaning or make it fail.
/// </summary>
internal static class TextAnalysis
{
    public static List<AnalysedWord> Analyse(Analyzer analyzer, string field, string text)
    {
        var words = new List<AnalysedWord>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (index.TryGetValue(value, out var at))
            {
                words[at] = words[at] with { Count = words[at].Count + 1 };
                continue;
            }

            var start = Math.Clamp(offsets.StartOffset, 0, text.Length);
            var end = Math.Clamp(offsets.EndOffset, start, text.Length);
            index[value] = words.Count;
            words.Add(new AnalysedWord(value, end > start ? text[start..end] : value, 1));
        }

        stream.End();
        return words;
    }
}
