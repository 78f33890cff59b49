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

    /// <summary>The most telling words of a long need that find its candidates (the rest only score them).</summary>
    public const int MaxCandidateWords = 16;

    /// <summary>How many more candidates than asked for a long need collects before all its words re-score them.</summary>
    public const int CandidateFactor = 2;

    public const int MinFuzzyLength = 5;

    /// <summary>Texts of at most this many words are treated as typed, and get typo tolerance.</summary>
    public const int MaxTypedWords = 12;

    /// <summary>
    /// The idf of a word in a fifth of the documents. Matching leaves out words more common than that: they
    /// barely move BM25's ranking, yet scoring their long postings is most of a long need's cost.
    /// </summary>
    private static readonly double CommonIdf = Math.Log(1 + (0.8 / 0.2));

    /// <summary>Below this many documents a fifth is too few to call a word common.</summary>
    private const int MinDocsForCommonWords = 2000;

    private static readonly string[] IdfFields = [IndexFields.All];

    /// <summary>How much a word's weaker fields add to its best one (a disjunction-max tie-breaker).</summary>
    public const float TieBreaker = 0.1f;
    private const float FuzzyBoost = 0.8f;
    private const int MaxExpansions = 16;

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
        var candidates = words.Count > max * 8 ? MostFrequent(words, max * 8) : words;
        return candidates
            .Select((w, i) => (Word: w, At: i, Idf: Idf(reader, w.Term, docs)))
            .Where(x => !weightByFrequency || docs < MinDocsForCommonWords || x.Idf == 0 || x.Idf >= CommonIdf)
            .OrderByDescending(x => x.Idf > 0) // words the index knows first; unknown ones (typos?) fill what is left
            .ThenByDescending(x => (1 + Math.Log(x.Word.Count)) * x.Idf)
            .ThenBy(x => x.At)
            .Take(max)
            .OrderBy(x => x.At)
            .Select(x => (weightByFrequency ? x.Word with { Weight = (float)(1 + Math.Log(x.Word.Count)) } : x.Word) with { Idf = x.Idf })
            .ToList();
    }

    /// <summary>
    /// The matching query and the scoring clauses of a search over <paramref name="fields"/>. <see cref="BuiltQuery.Matching"/> decides
    /// which documents match, on the catch-all field (one posting list per word, BM25 over all text); in a
    /// search (<paramref name="requireMost"/>) most of the words the index knows must match
    /// (<see cref="MinimumShouldMatch"/>). A word the index has never seen cannot narrow anything, so it
    /// only adds its close spellings (five letters or more) or is dropped. <see cref="BuiltQuery.Scoring"/>
    /// carries the field boosts (each word a disjunction over the fields: the best field counts, the others
    /// a little) and re-scores the best matches (<see cref="FieldRescorer"/>): scoring eight fields' postings for
    /// every match cost most of a search.
    /// </summary>
    public static BuiltQuery Build(IndexReader reader, IReadOnlyList<AnalysedWord> words, IReadOnlyList<(string Field, float Boost)> fields, bool requireMost)
    {
        var matching = new BooleanQuery(disableCoord: true);
        var scoring = new List<ScoringWord>();
        var known = 0;

        // A long need finds its candidates by its most telling words only (short postings), and all its
        // words then score them: most of the cost of matching a paragraph was its commoner words' postings.
        var matchingWords = !requireMost && words.Count > MaxCandidateWords
            ? words.OrderByDescending(w => w.Weight * w.Idf).Take(MaxCandidateWords).ToHashSet()
            : null;

        // A typo matters in a few typed words; in a pasted page of text an unknown word is a name or a
        // rarity, and looking for its near-spellings only costs time and adds noise.
        var typed = words.Count <= MaxTypedWords;
        foreach (var word in words)
        {
            var isKnown = reader.DocFreq(new Term(IndexFields.All, word.Term)) > 0;
            var fuzzy = typed && !isKnown && word.Surface.Length >= MinFuzzyLength && word.Term.Length >= 3;
            if (!isKnown && !fuzzy)
            {
                continue;
            }

            // A misspelt word stands for the close spellings the index holds, found once on the catch-all field.
            var terms = fuzzy ? Expand(reader, word.Term) : [(word.Term, 1f)];
            if (terms.Count == 0)
            {
                continue;
            }

            known += isKnown ? 1 : 0;
            if (matchingWords is null || matchingWords.Contains(word))
            {
                var any = new BooleanQuery(disableCoord: true) { Boost = word.Weight };
                foreach (var (term, similarity) in terms)
                {
                    any.Add(new TermQuery(new Term(IndexFields.All, term)) { Boost = similarity }, Occur.SHOULD);
                }

                matching.Add(any, Occur.SHOULD);
            }

            var clauses = new List<ScoringClause>();
            for (var f = 0; f < fields.Count; f++)
            {
                var (field, boost) = fields[f];
                if (fuzzy && !FieldBoosts.Fuzzy.Contains(field))
                {
                    continue;
                }

                foreach (var (term, similarity) in terms)
                {
                    clauses.Add(new ScoringClause(f, new Term(field, term), word.Weight * boost * similarity * (fuzzy ? FuzzyBoost : 1), Exact: !fuzzy));
                }
            }

            scoring.Add(new ScoringWord(word, fuzzy ? terms.Select(t => t.Term).ToArray() : [], clauses));
        }

        var minimum = MinimumShouldMatch(known);
        if (requireMost && minimum > 1)
        {
            matching.MinimumNumberShouldMatch = minimum;
        }

        return new BuiltQuery(matching, scoring, fields.Select(f => f.Field).ToArray()) { Oversample = matchingWords is null ? 1 : CandidateFactor };
    }

    /// <summary>
    /// The index's spellings within one edit of a misspelt word (two from eight letters), sharing its first
    /// letter, at most <see cref="MaxExpansions"/>, each with how close it is (Lucene's fuzzy boost).
    /// </summary>
    private static List<(string Term, float Similarity)> Expand(IndexReader reader, string term)
    {
        var fuzzy = new FuzzyQuery(new Term(IndexFields.All, term), term.Length >= 8 ? 2 : 1, prefixLength: 1, MaxExpansions, transpositions: true);
        return fuzzy.Rewrite(reader) is BooleanQuery expanded
            ? expanded.Clauses.Select(c => c.Query).OfType<TermQuery>().Select(q => (q.Term.Text, q.Boost)).ToList()
            : [];
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

    /// <summary>A very long text's most frequent words, first-appearance order kept: looking up every rare word of 10 KB costs more than it tells.</summary>
    private static List<AnalysedWord> MostFrequent(List<AnalysedWord> words, int count) =>
        words.Select((w, i) => (Word: w, At: i)).OrderByDescending(x => x.Word.Count).ThenBy(x => x.At).Take(count).OrderBy(x => x.At).Select(x => x.Word).ToList();

    /// <summary>The word's BM25 idf over all text.</summary>
    private static double Idf(IndexReader reader, string term, int docs)
    {
        var df = 0;
        foreach (var field in IdfFields)
        {
            df = Math.Max(df, reader.DocFreq(new Term(field, term)));
        }

        return df == 0 ? 0 : Math.Log(1 + (docs - df + 0.5) / (df + 0.5));
    }
}

/// <summary>
/// What matches (on the catch-all field), and how the best matches are then scored: each searched word with
/// the close spellings that stand for it when it was misspelt, and its terms in each field with their boosts
/// (<see cref="FieldRescorer"/>). <see cref="Fields"/> names the fields the clauses point into.
/// </summary>
internal sealed record BuiltQuery(BooleanQuery Matching, IReadOnlyList<ScoringWord> Scoring, IReadOnlyList<string> Fields)
{
    public bool IsEmpty => Matching.Clauses.Count == 0;

    /// <summary>How many times the wanted number of hits to collect before re-scoring (more when only some words find them).</summary>
    public int Oversample { get; init; } = 1;
}

/// <summary>A searched word, the spellings taken for it when it was misspelt, and its terms field by field.</summary>
internal sealed record ScoringWord(AnalysedWord Word, IReadOnlyList<string> Spellings, IReadOnlyList<ScoringClause> Clauses);

/// <summary>One term in one field (an index into <see cref="BuiltQuery.Fields"/>) with its whole boost; <see cref="Exact"/> when it is the word as written, not a close spelling.</summary>
internal sealed record ScoringClause(int Field, Term Term, float Boost, bool Exact);
