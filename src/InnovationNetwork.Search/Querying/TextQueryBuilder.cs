using InnovationNetwork.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Builds Lucene queries from analysed words, never from query syntax. Each word becomes a
/// disjunction over the fields (the best field counts, the others a little), a word of five or more
/// letters the index has never seen also looks for close spellings, and long texts keep only their
/// most telling words.
/// </summary>
internal static class TextQueryBuilder
{
    /// <summary>Words a search uses at most; longer texts keep their most telling words.</summary>
    public const int MaxSearchWords = 32;

    /// <summary>Words a need or profile is reduced to for matching.</summary>
    public const int MaxMatchWords = 48;

    public const int MinFuzzyLength = 5;

    private const float TieBreaker = 0.1f;
    private const float FuzzyBoost = 0.8f;

    /// <summary>
    /// Keeps the <paramref name="max"/> words that say most about the text: frequent in it, rare in the
    /// index (tf·idf, as "more like this" does), and weights them so in long texts. Words the index has
    /// never seen come last, so a long text's noise cannot crowd out its real words.
    /// </summary>
    public static List<AnalysedWord> Select(IndexReader reader, List<AnalysedWord> words, int max, bool weightByFrequency)
    {
        if (words.Count <= max && !weightByFrequency)
        {
            return words;
        }

        // Kept in the order the text used them, so reasons read as the caller wrote.
        var docs = Math.Max(reader.NumDocs, 1);
        return words
            .Select((w, i) => (Word: w, At: i, Idf: Idf(reader, w.Term, docs)))
            .OrderByDescending(x => x.Idf > 0) // words the index knows first; unknown ones (typos?) fill what is left
            .ThenByDescending(x => (1 + Math.Log(x.Word.Count)) * x.Idf)
            .ThenBy(x => x.At)
            .Take(max)
            .OrderBy(x => x.At)
            .Select(x => weightByFrequency ? x.Word with { Weight = (float)(1 + Math.Log(x.Word.Count)) } : x.Word)
            .ToList();
    }

    /// <summary>
    /// A query over <paramref name="fields"/> matching any word. In a search (<paramref name="requireMost"/>)
    /// most of the words the index knows must match (<see cref="MinimumShouldMatch"/>); a word it has never
    /// seen cannot narrow anything, so it only adds its close spellings (five letters or more) or is dropped.
    /// </summary>
    public static Query Build(IndexReader reader, IReadOnlyList<AnalysedWord> words, IReadOnlyList<(string Field, float Boost)> fields, bool requireMost)
    {
        var query = new BooleanQuery(disableCoord: true);
        var known = 0;
        foreach (var word in words)
        {
            var isKnown = Known(reader, word.Term, fields);
            var fuzzy = !isKnown && word.Surface.Length >= MinFuzzyLength && word.Term.Length >= 3;
            if (!isKnown && !fuzzy)
            {
                continue;
            }

            known += isKnown ? 1 : 0;
            var perField = new DisjunctionMaxQuery(TieBreaker);
            foreach (var (field, boost) in fields)
            {
                perField.Add(new TermQuery(new Term(field, word.Term)) { Boost = boost });
                if (fuzzy && FieldBoosts.Fuzzy.Contains(field))
                {
                    var edits = word.Term.Length >= 8 ? 2 : 1;
                    perField.Add(new FuzzyQuery(new Term(field, word.Term), edits, prefixLength: 1, maxExpansions: 16, transpositions: true)
                    {
                        Boost = boost * FuzzyBoost,
                    });
                }
            }

            perField.Boost = word.Weight;
            query.Add(perField, Occur.SHOULD);
        }

        var minimum = MinimumShouldMatch(known);
        if (requireMost && minimum > 1)
        {
            query.MinimumNumberShouldMatch = minimum;
        }

        return query;
    }

    /// <summary>
    /// How many known words of a search must match: all of one or two, then three in five, and for long
    /// pasted texts a third, so that more words narrow a search without one unusual word emptying it.
    /// </summary>
    public static int MinimumShouldMatch(int words) => words switch
    {
        <= 2 => words,
        <= 8 => (int)Math.Ceiling(words * 0.6),
        _ => (int)Math.Ceiling(words * 0.3),
    };

    private static bool Known(IndexReader reader, string term, IReadOnlyList<(string Field, float Boost)> fields)
    {
        foreach (var (field, _) in fields)
        {
            if (reader.DocFreq(new Term(field, term)) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static double Idf(IndexReader reader, string term, int docs)
    {
        var df = 0;
        foreach (var field in FieldBoosts.Fuzzy)
        {
            df = Math.Max(df, reader.DocFreq(new Term(field, term)));
        }

        return df == 0 ? 0 : Math.Log(1 + (docs - df + 0.5) / (df + 0.5));
    }
}
