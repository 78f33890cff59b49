namespace InnovationNetwork.Core.Imports;

/// <summary>
/// The column names of one table (a CSV file's first line) and the file they came from. Columns are found
/// by name, ignoring case, spaces and underscores, so importers tolerate reordered, missing and extra columns.
/// </summary>
public sealed class ImportHeader
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public ImportHeader(string file, IReadOnlyList<string> names)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentNullException.ThrowIfNull(names);
        File = file;
        Names = names;
        for (var i = 0; i < names.Count; i++)
        {
            // The first of two columns with the same name wins; the second is an extra column.
            _index.TryAdd(Key(names[i]), i);
        }
    }

    /// <summary>The file the table was read from, as the user named it.</summary>
    public string File { get; }

    public IReadOnlyList<string> Names { get; }

    /// <summary>The position of a column, or -1 when the table does not have it.</summary>
    public int IndexOf(string column) => _index.GetValueOrDefault(Key(column), -1);

    /// <summary>
    /// Refuses the table with <see cref="ImportFileException"/> (line 1) when a required column is missing,
    /// naming the columns it did find so a wrong delimiter is easy to spot.
    /// </summary>
    public void Require(params IEnumerable<string> columns)
    {
        var missing = columns.Where(c => IndexOf(c) < 0).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var found = Names.Count == 0 ? "none" : string.Join(", ", Names.Take(8).Select(n => $"'{Shorten(n)}'")) + (Names.Count > 8 ? ", …" : "");
        throw new ImportFileException(File, 1,
            $"the header lacks the required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} (found {found}).");
    }

    private static string Key(string name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 256)];
        var length = 0;
        foreach (var c in name.AsSpan(0, buffer.Length))
        {
            if (c is not (' ' or '_' or '-' or '\uFEFF'))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    private static string Shorten(string name) => name.Length <= 40 ? name : string.Concat(name.AsSpan(0, 40), "…");
}
