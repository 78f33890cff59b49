namespace InnovationNetwork.Core.Imports;

/// <summary>
/// A whole file cannot be imported (it is missing, not UTF-8, uses the wrong delimiter, lacks a required
/// column): nothing of the import is written. The message names the file and line and says what to do.
/// </summary>
public sealed class ImportFileException(string file, int? line, string reason, Exception? inner = null)
    : Exception(line is null ? $"{file}: {reason}" : $"{file}, line {line}: {reason}", inner)
{
    public string File { get; } = file;
    public int? Line { get; } = line;
    public string Reason { get; } = reason;
}
