using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Search.Indexing;
using InnovationNetwork.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search;

// Text relevance for matching: a need against records of one type, and "more like this".
public sealed partial class LuceneIndex
{
    private static readonly string[] ProfileFields =
        [IndexFields.Name, IndexFields.Keywords, IndexFields.Text, IndexFields.Specialisms, IndexFields.Capabilities, IndexFields.Activity];

    public TextMatches MatchText(TextMatchRequest request, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Text.Length > SearchChecks.MaxTextLength ? request.Text[..SearchChecks.MaxTextLength] : request.Text;
        var words = TextAnalysis.Analyse(_analyzers.Query, IndexFields.Text, text);
        if (words.Count == 0 || request.Limit <= 0)
        {
            return TextMatches.None;
        }

        return Read(searcher =>
        {
            var selected = TextQueryBuilder.Select(searcher.IndexReader, words, TextQueryBuilder.MaxMatchWords, weightByFrequency: true);
            var query = TextQueryBuilder.Build(searcher.IndexReader, selected, FieldBoosts.Match, requireMost: false);
            return Run(searcher, query, FilterBuilder.Build(request.Filter, viewer, [request.Type]), request.Limit, selected);
        });
    }

    public TextMatches MoreLikeThis(string id, int limit, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (NodeLabels.FromId(id) is not { } label || DocumentBuilder.TypeOf(label) is not { } type || limit <= 0)
        {
            return TextMatches.None;
        }

        return Read(searcher =>
        {
            if (Find(searcher, id) is not { } doc)
            {
                return TextMatches.None;
            }

            var words = TermsOf(searcher.IndexReader, doc);
            var selected = TextQueryBuilder.Select(searcher.IndexReader, words, TextQueryBuilder.MaxMatchWords, weightByFrequency: true);
            var query = new BooleanQuery
            {
                { TextQueryBuilder.Build(searcher.IndexReader, selected, FieldBoosts.Match, requireMost: false), Occur.MUST },
                { new TermQuery(new Term(IndexFields.Id, id)), Occur.MUST_NOT },
            };
            return Run(searcher, query, FilterBuilder.Build(SearchFilter.None, viewer, [type]), limit, selected);
        });
    }

    public IReadOnlyList<string> WordsIn(string id, IReadOnlyList<QueryWord> words)
    {
        if (words.Count == 0)
        {
            return [];
        }

        return Read(searcher =>
        {
            if (Find(searcher, id) is not { } doc || searcher.IndexReader.GetTermVectors(doc) is not { } vectors)
            {
                return (IReadOnlyList<string>)[];
            }

            var enums = ProfileFields.Select(f => vectors.GetTerms(f)?.GetEnumerator()).OfType<TermsEnum>().ToArray();
            return words
                .Where(w => enums.Any(e => e.SeekExact(new BytesRef(w.Term))))
                .Select(w => w.Word)
                .ToArray();
        });
    }

    private static TextMatches Run(IndexSearcher searcher, Query query, Filter? filter, int limit, List<AnalysedWord> words)
    {
        var top = searcher.Search(query, filter, limit);
        var matches = top.ScoreDocs.Select(d => new TextMatch(DocIds.Get(searcher, d.Doc), d.Score)).ToArray();
        return new TextMatches(matches, words.Select(w => new QueryWord(w.Term, w.Surface)).ToArray());
    }

    private static int? Find(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
        return top.TotalHits == 0 ? null : top.ScoreDocs[0].Doc;
    }

    /// <summary>A document's words with their frequencies, read from its term vectors.</summary>
    private static List<AnalysedWord> TermsOf(IndexReader reader, int doc)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (reader.GetTermVectors(doc) is not { } vectors)
        {
            return [];
        }

        foreach (var field in ProfileFields)
        {
            if (vectors.GetTerms(field)?.GetEnumerator() is not { } terms)
            {
                continue;
            }

            while (terms.MoveNext())
            {
                var term = terms.Term.Utf8ToString();
                counts[term] = counts.GetValueOrDefault(term) + (int)terms.TotalTermFreq;
            }
        }

        return counts.Select(kv => new AnalysedWord(kv.Key, kv.Key, kv.Value)).ToList();
    }
}
