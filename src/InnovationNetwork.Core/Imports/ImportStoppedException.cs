namespace InnovationNetwork.Core.Imports;

/// <summary>In strict mode, the first bad row stops the import before anything is written.</summary>
public sealed class ImportStoppedException(ImportProblem problem)
    : Exception($"Stopped at the first error (--strict), nothing was written: {problem}")
{
    public ImportProblem Problem { get; } = problem;
}
