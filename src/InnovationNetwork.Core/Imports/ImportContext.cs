using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Imports.Tagging;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Seed;

namespace InnovationNetwork.Core.Imports;

/// <summary>What every importer plans against: the graph as it is, the import's source, and the seed's lookups.</summary>
public sealed class ImportContext
{
    private Dictionary<string, string>? _regionsByNuts;

    public required InnovationGraph Graph { get; init; }

    /// <summary>The import's name and time (<c>import:cordis</c>, now), recorded on every node it changes.</summary>
    public required Source Source { get; init; }

    public required PostcodeDirectory Postcodes { get; init; }

    public required SpecialismTagger Tagger { get; init; }

    /// <summary>
    /// The place for an address: the place of its postcode (a North East local authority, or elsewhere the
    /// region); failing that the region of its NUTS code (UKC1, UKC2 → North East); null when neither is known.
    /// Only places the graph holds are returned.
    /// </summary>
    public string? PlaceFor(string? postcode, string? nutsCode = null)
    {
        var place = Postcodes.FindPlaceId(postcode);
        if (place is not null && Graph.Find(place) is Place)
        {
            return place;
        }

        if (nutsCode is { Length: >= 3 })
        {
            _regionsByNuts ??= Graph.All<Place>()
                .Where(p => p.Level == PlaceLevel.REGION && p.NutsCode is not null)
                .GroupBy(p => p.NutsCode!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Id, StringComparer.Ordinal).First().Id, StringComparer.OrdinalIgnoreCase);
            return _regionsByNuts.GetValueOrDefault(nutsCode.Trim()[..3]);
        }

        return null;
    }

    /// <summary>Builds the context from the seed folder: its postcode table and specialism rules, checked against the graph.</summary>
    public static ImportContext FromSeed(string seedDirectory, InnovationGraph graph, Source source)
    {
        var rules = SpecialismRulesFile.Load(seedDirectory);
        SpecialismRulesFile.CheckAgainst(rules, graph, seedDirectory);
        return new ImportContext
        {
            Graph = graph,
            Source = source,
            Postcodes = SeedLoader.LoadPostcodes(seedDirectory),
            Tagger = new SpecialismTagger(rules),
        };
    }
}
