namespace InnovationNetwork.Core.Imports;

/// <summary>
/// A row that could not be imported: where it is, a short stable <see cref="Kind"/> for the summary
/// ("malformed number", "unknown project" …) and a sentence saying exactly what is wrong.
/// </summary>
public sealed record ImportProblem(string File, int Line, string Kind, string Reason)
{
    public override string ToString() => $"{File}, line {Line}: {Reason}";
}
