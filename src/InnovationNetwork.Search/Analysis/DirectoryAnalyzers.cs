using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Analysis;

/// <summary>
/// The analysis chains of the directory's text, built once per index:
/// <list type="bullet">
/// <item><b>Index</b>: words → possessives dropped → lower case → accents folded → plurals singular → domain synonyms
/// (both ways: "ROV" also indexes "remotely operated vehicle" and back) → English stop words → Porter stems.</item>
/// <item><b>Query</b>: the same without synonyms; they are already in the index, so "ROV" and "remotely
/// operated vehicle" both find either text, and idf stays that of the words typed.</item>
/// <item><b>Suggest</b>: edge n-grams of each lower-cased word of a name, for autocomplete.</item>
/// </list>
/// </summary>
internal sealed class DirectoryAnalyzers : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Prefixes longer than this are cut to it when looked up.</summary>
    public const int MaxSuggestGram = 20;

    public DirectoryAnalyzers(SynonymMap synonyms)
    {
        Index = new ChainAnalyzer(reader => Stemmed(WordChain(reader), synonyms));
        Query = new ChainAnalyzer(reader => Stemmed(WordChain(reader), null));
        SuggestIndex = new ChainAnalyzer(reader =>
        {
            var chain = BaseChain(reader);
            return new TokenStreamComponents(chain.Tokenizer, new EdgeNGramTokenFilter(Version, chain.TokenStream, 1, MaxSuggestGram));
        });
        SuggestQuery = new ChainAnalyzer(BaseChain);
        Writer = new PerFieldAnalyzerWrapper(Index, new Dictionary<string, Analyzer> { [Indexing.IndexFields.Suggest] = SuggestIndex });
    }

    public Analyzer Index { get; }
    public Analyzer Query { get; }
    public Analyzer SuggestIndex { get; }
    public Analyzer SuggestQuery { get; }

    /// <summary>What the IndexWriter uses: <see cref="Index"/>, and <see cref="SuggestIndex"/> for the suggest field.</summary>
    public Analyzer Writer { get; }

    public static CharArraySet StopWords => EnglishAnalyzer.DefaultStopSet;

    /// <summary>Words in lower case with accents folded.</summary>
    public static TokenStreamComponents BaseChain(TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>
    /// <see cref="BaseChain"/> with plurals made singular: what synonyms are matched against, so
    /// "remotely operated vehicles" meets the entry "remotely operated vehicle".
    /// </summary>
    public static TokenStreamComponents WordChain(TextReader reader)
    {
        var chain = BaseChain(reader);
        return new TokenStreamComponents(chain.Tokenizer, new EnglishMinimalStemFilter(chain.TokenStream));
    }

    private static TokenStreamComponents Stemmed(TokenStreamComponents chain, SynonymMap? synonyms)
    {
        var stream = chain.TokenStream;
        if (synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        }

        stream = new StopFilter(Version, stream, StopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(chain.Tokenizer, stream);
    }

    public void Dispose()
    {
        Writer.Dispose();
        Index.Dispose();
        Query.Dispose();
        SuggestIndex.Dispose();
        SuggestQuery.Dispose();
    }

    private sealed class ChainAnalyzer(Func<TextReader, TokenStreamComponents> build) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => build(reader);

        protected override TextReader InitReader(string fieldName, TextReader reader) => new SeparatorReader(reader);
    }

    /// <summary>
    /// Reads a colon as a space: the word-break rules keep it inside a word, but people use it between words
    /// ("title:subsea" is two words here, not a field query or one odd token). One character for one, so
    /// offsets stay true; a plain reader, since Lucene's mapping char filter cost a 16 KB buffer and a lock
    /// for every text analysed.
    /// </summary>
    private sealed class SeparatorReader(TextReader inner) : TextReader
    {
        public override int Peek() => Map(inner.Peek());

        public override int Read() => Map(inner.Read());

        public override int Read(char[] buffer, int index, int count)
        {
            var read = inner.Read(buffer, index, count);
            buffer.AsSpan(index, Math.Max(read, 0)).Replace(':', ' ');
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private static int Map(int c) => c == ':' ? ' ' : c;
    }
}
