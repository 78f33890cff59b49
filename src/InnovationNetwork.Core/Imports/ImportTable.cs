namespace InnovationNetwork.Core.Imports;

/// <summary>A table to import: its header and its rows, read lazily in file order.</summary>
public sealed record ImportTable(ImportHeader Header, IEnumerable<ImportRow> Rows)
{
    public string File => Header.File;
}
