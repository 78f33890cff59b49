using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;

namespace InnovationNetwork.Search.Analysis;

/// <summary>Reads the domain synonym map (seed/synonyms.txt, Solr format) into Lucene's form.</summary>
internal static class SynonymMapLoader
{
    public static SynonymSet Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The search synonym map {path} does not exist; set Search:SynonymsFile to the seed's synonyms.txt.", path);
        }

        var text = File.ReadAllText(path);
        return new SynonymSet(Parse(new StringReader(text), path), Groups(text));
    }

    /// <summary>Each line's terms (both sides of an explicit "=>" too), lower case, comments and blanks left out.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Groups(string text) =>
        text.Split('\n')
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.Length > 0)
            .Select(line => (IReadOnlyList<string>)line.Replace("=>", ",").Split(',').Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToArray())
            .Where(group => group.Count > 1)
            .ToArray();

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
