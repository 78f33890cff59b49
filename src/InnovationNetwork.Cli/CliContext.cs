using InnovationNetwork.Cli.Output;

namespace InnovationNetwork.Cli;

/// <summary>What the commands share: the console, the clock that dates imports, and test hooks.</summary>
internal sealed class CliContext(CliConsole console, TimeProvider? clock = null)
{
    public CliConsole Console { get; } = console;

    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    /// <summary>Heard after each batch an import commits, with the changes written so far (tests interrupt imports here).</summary>
    public Action<int>? AfterBatch { get; init; }
}
