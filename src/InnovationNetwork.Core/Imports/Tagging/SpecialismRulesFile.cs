using System.Text.Json;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Seed;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Imports.Tagging;

/// <summary>Reads <c>seed/specialism-rules.json</c>, refusing unknown fields and impossible settings with the file named.</summary>
public static class SpecialismRulesFile
{
    private static readonly JsonSerializerOptions Json = new(GraphJson.Options)
    {
        RespectNullableAnnotations = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static SpecialismRules Load(string seedDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seedDirectory);
        var path = Path.GetFullPath(Path.Combine(seedDirectory, SpecialismRules.FileName));
        if (!File.Exists(path))
        {
            throw new SeedFileException(path, "the file is missing.");
        }

        SpecialismRules? rules;
        try
        {
            using var stream = File.OpenRead(path);
            rules = JsonSerializer.Deserialize<SpecialismRules>(stream, Json);
        }
        catch (JsonException e)
        {
            throw new SeedFileException(path, $"it is not a valid rules file: {e.Message}", e);
        }

        if (rules is null)
        {
            throw new SeedFileException(path, "it holds null; it must hold an object.");
        }

        if (rules.Scoring.Threshold <= 0 || rules.Scoring.TitleWeight < 0 || rules.Scoring.TextWeight < 0)
        {
            throw new SeedFileException(path, "scoring needs a positive threshold and weights of zero or more.");
        }

        if (rules.Inference.MinimumShare is < 0 or > 1 || rules.Inference.MinimumProjects < 1)
        {
            throw new SeedFileException(path, "inference needs a minimumShare between 0 and 1 and minimumProjects of 1 or more.");
        }

        return rules;
    }

    /// <summary>Refuses rules that name a specialism the graph does not hold, so a typo is not silently ignored.</summary>
    public static void CheckAgainst(SpecialismRules rules, InnovationGraph graph, string seedDirectory)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(graph);
        var unknown = rules.SpecialismIds.Where(id => graph.Find(id) is not Specialism).ToList();
        if (unknown.Count > 0)
        {
            throw new SeedFileException(Path.GetFullPath(Path.Combine(seedDirectory, SpecialismRules.FileName)),
                $"it names {string.Join(", ", unknown.Take(5))}{(unknown.Count > 5 ? " …" : "")}, which the graph does not hold as specialisms; load the seed first or fix the ids.");
        }
    }
}
