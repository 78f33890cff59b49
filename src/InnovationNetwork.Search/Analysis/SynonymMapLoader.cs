using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;

namespace InnovationNetwork.Search.Analysis;

/// <summary>Reads the domain synonym map (seed/synonyms.txt, Solr format) into Lucene's form.</summary>
internal static class SynonymMapLoader
{
    public static SynonymMap Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The search synonym map {path} does not exist; set Search:SynonymsFile to the seed's synonyms.txt.", path);
        }

        using var reader = File.OpenText(path);
        return Parse(reader, path);
    }

    public static SynonymMap Parse(TextReader reader, string name = "synonyms")
    {
        // Entries are tokenised exactly as text is before the synonym filter (lower case, accents folded,
        // plurals singular, not stemmed, stop words kept), so "o and m" and "carbon capture and storage" match as written.
        using var analyzer = new SynonymEntryAnalyzer();
        var parser = new SolrSynonymParser(dedup: true, expand: true, analyzer);
        try
        {
            parser.Parse(reader);
        }
        catch (Exception e) when (e is not IOException)
        {
            throw new InvalidDataException($"The synonym map {name} could not be read: {e.Message}", e);
        }

        return parser.Build();
    }

    private sealed class SynonymEntryAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            DirectoryAnalyzers.WordChain(reader);
    }
}
