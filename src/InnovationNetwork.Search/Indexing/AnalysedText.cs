using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace InnovationNetwork.Search.Indexing;

/// <summary>
/// A text run through the index analyser once: its terms with their position increments (synonyms stand at
/// increment 0). Analysis (synonyms above all) is most of the cost of indexing, and the same text goes into a
/// field and into the catch-all field, and a project's text into the documents of each of its participants:
/// replaying the terms costs nothing next to analysing them again.
/// </summary>
internal sealed class AnalysedText
{
    public static readonly AnalysedText Empty = new([], []);

    private readonly string[] _terms;
    private readonly int[] _increments;

    private AnalysedText(string[] terms, int[] increments)
    {
        _terms = terms;
        _increments = increments;
    }

    /// <summary>Analyses <paramref name="text"/>, taking each term's string from <paramref name="terms"/> when it holds it.</summary>
    public static AnalysedText Of(Analyzer analyzer, string? text, ConcurrentDictionary<string, string> terms)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        var found = new List<string>();
        var increments = new List<int>();
        var pool = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var chars = term.Buffer.AsSpan(0, term.Length);
            found.Add(pool.TryGetValue(chars, out var shared) ? shared : terms.GetOrAdd(chars.ToString(), static t => t));
            increments.Add(increment.PositionIncrement);
        }

        stream.End();
        return new AnalysedText([.. found], [.. increments]);
    }

    public static AnalysedText Concat(IReadOnlyList<AnalysedText> parts) => parts.Count switch
    {
        0 => Empty,
        1 => parts[0],
        _ => new AnalysedText([.. parts.SelectMany(p => p._terms)], [.. parts.SelectMany(p => p._increments)]),
    };

    public bool IsEmpty => _terms.Length == 0;

    /// <summary>A token stream that replays the terms, for one field of one document.</summary>
    public TokenStream Replay() => new ReplayStream(this);

    private sealed class ReplayStream : TokenStream
    {
        private readonly AnalysedText _text;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private int _next;

        public ReplayStream(AnalysedText text)
        {
            _text = text;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next == _text._terms.Length)
            {
                return false;
            }

            ClearAttributes();
            _term.SetEmpty().Append(_text._terms[_next]);
            _increment.PositionIncrement = _text._increments[_next];
            _next++;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
