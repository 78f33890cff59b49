namespace InnovationNetwork.Cli;

/// <summary>What the tool's exit code means; scripts and CI switch on these.</summary>
internal static class CliExitCodes
{
    /// <summary>Done, and no row was skipped.</summary>
    public const int Ok = 0;

    /// <summary>
    /// Nothing (more) was written: a file is missing or unreadable, the store cannot be opened, --strict met a
    /// bad row, or the graph refused a batch. The message says which, in one sentence.
    /// </summary>
    public const int Failed = 1;

    /// <summary>Imported, but some rows were skipped; the summary says how many and why.</summary>
    public const int RowsSkipped = 2;

    /// <summary>Stopped by Ctrl-C or a termination signal; the batches already written stay, and a re-run completes the import.</summary>
    public const int Cancelled = 130;
}
