namespace InnovationNetwork.Core.Imports;

/// <summary>
/// Collects the rows an import skips. In strict mode the first one throws <see cref="ImportStoppedException"/>,
/// which the importers raise while reading, before anything is written.
/// </summary>
public sealed class ImportProblems(bool strict)
{
    private readonly List<ImportProblem> _items = [];

    public bool Strict { get; } = strict;

    public IReadOnlyList<ImportProblem> Items => _items;

    public int Count => _items.Count;

    public void Add(ImportRow row, string kind, string reason) => Add(new ImportProblem(row.File, row.Line, kind, reason));

    public void Add(ImportProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _items.Add(problem);
        if (Strict)
        {
            throw new ImportStoppedException(problem);
        }
    }

    /// <summary>How many rows were skipped for each kind of problem, most first, with the first example of each.</summary>
    public IReadOnlyList<(string Kind, int Count, ImportProblem Example)> ByKind() =>
        _items.GroupBy(p => p.Kind)
            .Select(g => (g.Key, g.Count(), g.First()))
            .OrderByDescending(g => g.Item2)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
}
