using InnovationNetwork.Core.Matching;
using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Marks the matched words of a hit, field by field, with &lt;em&gt; (the rest HTML-escaped). Text is
/// re-analysed as the index analysed it, so a search for "remotely operated vehicle" marks "ROV", and a
/// misspelt word marks the spellings it was taken for; without the synonym filter where
/// <see cref="SynonymTriggers"/> shows it could not change a mark. Only the fields re-scoring found the
/// words in are read and analysed, and only their first <see cref="MaxChars"/> characters
/// (<see cref="MaxActivityChars"/> of an organisation's project text). The scorer only compares each token with the searched terms:
/// cheaper than Lucene's QueryScorer, which rewrites the query against the index for every field.
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

    private readonly IndexSearcher _searcher;
    private readonly BuiltQuery _query;
    private readonly DirectoryAnalyzers _analyzers;
    private readonly IReadOnlyList<string[]> _triggers;
    private readonly WordScorer _scorer;
    private readonly Highlighter _highlighter;

    public HitHighlighter(IndexSearcher searcher, BuiltQuery query, DirectoryAnalyzers analyzers, SynonymTriggers synonyms)
    {
        _searcher = searcher;
        _query = query;
        _analyzers = analyzers;
        _scorer = new WordScorer(query.Scoring);
        _triggers = synonyms.For(_scorer.Terms);
        _highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), _scorer)
        {
            TextFragmenter = new SimpleFragmenter(FragmentSize),
            MaxDocCharsToAnalyze = MaxChars,
        };
    }

    public IReadOnlyList<Highlight> Highlight(Rescored hit)
    {
        var matched = _query.Fields.Where((_, f) => hit.InField(f)).ToHashSet();

        // Project text only when nothing else shows the words: an organisation's is long to mark.
        var result = new List<Highlight>();
        foreach (var field in Fields.Where(matched.Contains))
        {
            Add(result, field, StoredText.Get(_searcher, hit.Doc, field), MaxChars);
        }

        if (result.Count == 0 && matched.Contains(IndexFields.Activity))
        {
            Add(result, IndexFields.Activity, StoredText.Get(_searcher, hit.Doc, IndexFields.Activity), MaxActivityChars);
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
            var analyzer = SynonymTriggers.MayFire(_triggers, text) ? _analyzers.Index : _analyzers.Query;
            using var tokens = analyzer.GetTokenStream(field, new StringReader(text));
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

        public WordScorer(IReadOnlyList<ScoringWord> words)
        {
            foreach (var word in words)
            {
                _terms.Add(word.Word.Term);
                _terms.UnionWith(word.Spellings);
            }
        }

        public IReadOnlySet<string> Terms => _terms;

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
