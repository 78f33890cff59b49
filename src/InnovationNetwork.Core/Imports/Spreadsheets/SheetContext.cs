using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Specialisms;
using OrganisationNode = InnovationNetwork.Core.Organisations.Organisation;

namespace InnovationNetwork.Core.Imports.Spreadsheets;

/// <summary>
/// What the sheets of one spreadsheet import share: the plan they fill, the problems they report and the
/// lookups that turn a cell's reference (an id, or a name) into a node id, including nodes planned by an
/// earlier sheet of the same import (organisations before people, projects and capabilities).
/// </summary>
public sealed class SheetContext(ImportContext import, OrganisationNames organisations, ImportProblems problems)
{
    private Dictionary<string, string>? _specialisms;
    private Dictionary<string, string>? _places;

    public ImportContext Import { get; } = import;

    public InnovationGraph Graph => Import.Graph;

    public ImportPlan Plan { get; } = new();

    public OrganisationNames Organisations { get; } = organisations;

    public ImportProblems Problems { get; } = problems;

    /// <summary>The file and line that first described each id in this import, to report duplicates.</summary>
    public Dictionary<string, (string File, int Line)> Described { get; } = new(StringComparer.Ordinal);

    /// <summary>A node planned by this import or already in the graph.</summary>
    public Node? Find(string id) => Plan.Find(id) ?? Graph.Find(id);

    /// <summary>An organisation by id (<c>org-…</c>) or name; null when none is known.</summary>
    public string? Organisation(string reference) =>
        reference.StartsWith("org-", StringComparison.Ordinal)
            ? Find(reference) is OrganisationNode ? reference : null
            : Organisations.Find(reference);

    /// <summary>A specialism by id (<c>spec-…</c>) or name, ignoring case.</summary>
    public string? Specialism(string reference)
    {
        _specialisms ??= Index(Graph.All<Specialism>().SelectMany(s => new[] { (s.Id, s.Id), (s.Name, s.Id) }));
        return _specialisms.GetValueOrDefault(reference.Trim());
    }

    /// <summary>A place by id (<c>place-…</c>), name or ONS code, ignoring case.</summary>
    public string? Place(string reference)
    {
        _places ??= Index(Graph.All<Place>().SelectMany(p => new[] { (p.Id, p.Id), (p.Name, p.Id), (p.OnsCode ?? p.Id, p.Id) }));
        return _places.GetValueOrDefault(reference.Trim());
    }

    private static Dictionary<string, string> Index(IEnumerable<(string Key, string Id)> entries)
    {
        var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, id) in entries.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            index.TryAdd(key, id);
        }

        return index;
    }
}
