using InnovationNetwork.Core.Matching;
using InnovationNetwork.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Marks the matched words of a hit, field by field, with &lt;em&gt; (the rest HTML-escaped). Text is
/// re-analysed with the index analyser, so a search for "remotely operated vehicle" marks "ROV", and a
/// misspelt word marks the spellings it was taken for. The scorer only compares each token with the
/// searched terms: cheaper than Lucene's QueryScorer, which rewrites the query against the index for every field. Only the first <see cref="MaxChars"/> characters of a field
/// (<see cref="MaxActivityChars"/> of an organisation's project text) are read.
/// </summary>
internal sealed class HitHighlighter
{
    public const int MaxChars = 10_000;
    public const int MaxActivityChars = 4_000;
    private const int FragmentsPerField = 2;
    private const int FragmentSize = 120;

    /// <summary>Fields in the order they are shown; project text only when nothing else matched.</summary>
    private static readonly string[] Fields =
        [IndexFields.Name, IndexFields.Keywords, IndexFields.Text, IndexFields.Capabilities, IndexFields.Specialisms, IndexFields.Places, IndexFields.Related];

    private static readonly HashSet<string> FirstFields = [.. Fields];
    private static readonly HashSet<string> ActivityOnly = [IndexFields.Activity];

    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;
    private readonly WordScorer _scorer;
    private readonly Highlighter _highlighter;

    public HitHighlighter(IndexSearcher searcher, IReadOnlyList<(AnalysedWord Word, IReadOnlyList<string> Spellings)> words, Analyzer analyzer)
    {
        _searcher = searcher;
        _analyzer = analyzer;
        _scorer = new WordScorer(words);
        _highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), _scorer)
        {
            TextFragmenter = new SimpleFragmenter(FragmentSize),
            MaxDocCharsToAnalyze = MaxChars,
        };
    }

    public IReadOnlyList<Highlight> Highlight(int doc)
    {
        // Stored fields are read in two steps so an organisation's long project text is decoded only when needed.
        var stored = _searcher.Doc(doc, FirstFields);
        var result = new List<Highlight>();
        foreach (var field in Fields)
        {
            Add(result, field, stored.GetValues(field), MaxChars);
        }

        if (result.Count == 0)
        {
            Add(result, IndexFields.Activity, _searcher.Doc(doc, ActivityOnly).GetValues(IndexFields.Activity), MaxActivityChars);
        }

        return result;
    }

    private void Add(List<Highlight> result, string field, string[] values, int maxChars)
    {
        var fragments = new List<string>();
        foreach (var value in values)
        {
            if (fragments.Count >= FragmentsPerField)
            {
                break;
            }

            var text = value.Length > maxChars ? value[..maxChars] : value;
            using var tokens = _analyzer.GetTokenStream(field, new StringReader(text));
            fragments.AddRange(_highlighter.GetBestFragments(tokens, text, FragmentsPerField - fragments.Count)
                .Where(f => !string.IsNullOrWhiteSpace(f))
                .Select(f => f.Trim()));
        }

        if (fragments.Count > 0)
        {
            result.Add(new Highlight(field, fragments));
        }
    }

    /// <summary>Scores a token 1 when it is a searched term or a close spelling that stood for a misspelt one.</summary>
    private sealed class WordScorer : IScorer
    {
        private readonly HashSet<string> _terms = new(StringComparer.Ordinal);
        private readonly HashSet<string> _inFragment = new(StringComparer.Ordinal);
        private ICharTermAttribute? _term;

        public WordScorer(IReadOnlyList<(AnalysedWord Word, IReadOnlyList<string> Spellings)> words)
        {
            foreach (var (word, spellings) in words)
            {
                _terms.Add(word.Term);
                _terms.UnionWith(spellings);
            }
        }

        public float FragmentScore => _inFragment.Count;

        public TokenStream? Init(TokenStream tokenStream)
        {
            _term = tokenStream.AddAttribute<ICharTermAttribute>();
            return null;
        }

        public void StartFragment(TextFragment newFragment) => _inFragment.Clear();

        public float GetTokenScore()
        {
            var term = _term!.ToString();
            if (_terms.Contains(term))
            {
                _inFragment.Add(term);
                return 1;
            }

            return 0;
        }
    }
}
