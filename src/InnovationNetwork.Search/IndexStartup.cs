namespace InnovationNetwork.Search;

/// <summary>What the index did when the graph was loaded: nothing, caught up from the change log, or rebuilt.</summary>
public sealed record IndexStartup(IndexStartupKind Kind, long FromSequence, long ToSequence, TimeSpan Took);

public enum IndexStartupKind
{
    UpToDate,
    CaughtUp,
    Rebuilt,
}
