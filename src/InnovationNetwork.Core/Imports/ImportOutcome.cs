namespace InnovationNetwork.Core.Imports;

/// <summary>What an import did: rows read and skipped (with why), and what it changed in how many batches.</summary>
public sealed record ImportOutcome(
    string Name,
    IReadOnlyList<(string File, int Rows)> Files,
    IReadOnlyList<ImportProblem> Problems,
    ImportChanges Changes,
    int Batches,
    TimeSpan ReadTime,
    TimeSpan WriteTime)
{
    public int Skipped => Problems.Count;

    /// <summary>How many seed changes were written first because the store was empty (0 when it was not).</summary>
    public int Seeded { get; init; }

    /// <summary>True when the graph already held everything the files say.</summary>
    public bool ChangedNothing => Changes.IsEmpty;
}
