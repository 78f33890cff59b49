using System.Text;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Seed;

namespace InnovationNetwork.Core.Imports;

/// <summary>
/// Finds the organisation a name in outside data means, for data without identifiers (ESIF beneficiaries,
/// spreadsheet references): first the aliases in <c>seed/organisation-aliases.csv</c> (known spellings and
/// typos), then an organisation whose name or short name is the same once case, punctuation, "&amp;",
/// parenthesised abbreviations and legal suffixes (Limited, Ltd, plc, The …) are set aside.
/// </summary>
public sealed class OrganisationNames
{
    public const string AliasesFile = "organisation-aliases.csv";

    private static readonly HashSet<string> Noise = new(StringComparer.Ordinal) { "the", "limited", "ltd", "plc", "llp", "cic", "uk" };

    private readonly Dictionary<string, string> _aliases;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    private OrganisationNames(Dictionary<string, string> aliases, InnovationGraph graph)
    {
        _aliases = aliases;
        foreach (var organisation in graph.All<Organisation>().OrderBy(o => o.Id, StringComparer.Ordinal))
        {
            Add(organisation.Id, organisation.Name, organisation.ShortName);
        }
    }

    /// <summary>Reads the aliases from the seed folder and indexes the graph's organisations.</summary>
    public static OrganisationNames Load(string seedDirectory, InnovationGraph graph)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seedDirectory);
        ArgumentNullException.ThrowIfNull(graph);
        var path = Path.GetFullPath(Path.Combine(seedDirectory, AliasesFile));
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return new OrganisationNames(aliases, graph);
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim() != "name,organisation")
        {
            throw new SeedFileException(path, "the first line must be the header 'name,organisation'.");
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            // The id never holds a comma, so the last comma ends the name (which may hold commas).
            var comma = line.LastIndexOf(',');
            if (comma <= 0 || NodeLabels.FromId(line[(comma + 1)..].Trim()) != NodeLabel.Organisation)
            {
                throw new SeedFileException(path, $"line {i + 1} must be a name, a comma and an organisation id (org-…).");
            }

            aliases[Normalise(line[..comma])] = line[(comma + 1)..].Trim();
        }

        return new OrganisationNames(aliases, graph);
    }

    /// <summary>The id of the organisation <paramref name="name"/> means, or null when none is known by it.</summary>
    public string? Find(string name)
    {
        var key = Normalise(name);
        return _aliases.GetValueOrDefault(key) ?? _names.GetValueOrDefault(key);
    }

    /// <summary>Makes an organisation created by the current import findable by its names.</summary>
    public void Add(string id, string name, string? shortName = null)
    {
        _names.TryAdd(Normalise(name), id);
        if (!string.IsNullOrWhiteSpace(shortName))
        {
            _names.TryAdd(Normalise(shortName), id);
        }
    }

    /// <summary>"The Centre for Process Innovation (CPI) Ltd." → "centre for process innovation".</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new List<string>();
        var word = new StringBuilder();
        var depth = 0;
        foreach (var c in name.Replace("&", " and ", StringComparison.Ordinal) + " ")
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0 && c != '\'')
            {
                if (!Noise.Contains(word.ToString()))
                {
                    words.Add(word.ToString());
                }

                word.Clear();
            }
        }

        return string.Join(' ', words);
    }
}
