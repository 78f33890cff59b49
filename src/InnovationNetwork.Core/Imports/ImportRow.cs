namespace InnovationNetwork.Core.Imports;

/// <summary>One record of a table: its fields in header order and the line of the file it starts on.</summary>
public sealed class ImportRow(ImportHeader header, int line, string[] fields)
{
    public ImportHeader Header { get; } = header;

    public string File => Header.File;

    /// <summary>The 1-based line the record starts on (a quoted field may carry it over several lines).</summary>
    public int Line { get; } = line;

    public IReadOnlyList<string> Fields { get; } = fields;

    /// <summary>The trimmed value of the column at <paramref name="index"/>; null when it is empty or the row is short.</summary>
    public string? this[int index]
    {
        get
        {
            if (index < 0 || index >= fields.Length)
            {
                return null;
            }

            var value = fields[index].AsSpan().Trim();
            return value.IsEmpty ? null : value.Length == fields[index].Length ? fields[index] : value.ToString();
        }
    }

    /// <summary>The trimmed value of the named column; null when it is empty or the table lacks it.</summary>
    public string? this[string column] => this[Header.IndexOf(column)];
}
