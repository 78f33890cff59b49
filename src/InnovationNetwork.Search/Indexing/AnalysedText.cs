using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

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

    /// <summary>One term as it is, for a keyword field.</summary>
    public static AnalysedText Word(string term) => new([term], [1]);

    public static AnalysedText Concat(IReadOnlyList<AnalysedText> parts) => parts.Count switch
    {
        0 => Empty,
        1 => parts[0],
        _ => new AnalysedText([.. parts.SelectMany(p => p._terms)], [.. parts.SelectMany(p => p._increments)]),
    };

    public bool IsEmpty => _terms.Length == 0;

    /// <summary>
    /// A field indexing these terms. Its token stream is made when the writer asks for it, from one stream per
    /// thread reused for every field: a new stream per field cost a token stream's attributes each time, and
    /// Lucene.Net looks attribute classes up under a lock that the indexing threads queued on.
    /// </summary>
    public Field Field(string name, FieldType type) => new ReplayField(name, type, this);

    private sealed class ReplayField(string name, FieldType type, AnalysedText text) : Field(name, type)
    {
        [ThreadStatic]
        private static ReplayStream? _stream;

        public override TokenStream GetTokenStream(Analyzer analyzer) => (_stream ??= new ReplayStream()).Start(text);
    }

    private sealed class ReplayStream : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private AnalysedText _text = Empty;
        private int _next;

        public ReplayStream()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public ReplayStream Start(AnalysedText text)
        {
            _text = text;
            _next = 0;
            return this;
        }

        // Sets every attribute a replayed token has, so there is nothing to clear between tokens.
        public override bool IncrementToken()
        {
            if (_next == _text._terms.Length)
            {
                return false;
            }

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
