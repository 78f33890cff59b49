using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Imports.Synthetic;
using InnovationNetwork.Core.Ports;

namespace InnovationNetwork.Cli.Commands;

/// <summary>Writes a synthetic directory, and the seed before it, into a store that holds nothing else.</summary>
internal static class SyntheticWriter
{
    public static async Task<(int Batches, long Changes)> WriteAsync(
        IGraphStore store, SyntheticDirectory directory, IReadOnlyList<Change> seed, Action<string> report, CancellationToken cancellationToken)
    {
        var sequence = await store.CurrentSequenceAsync(cancellationToken);
        var onlySeed = sequence == 1 && (await store.ReadChangesAsync(0, 1, cancellationToken))[0].Actor == Store.CliStore.SeedActor;
        if (sequence > 0 && !onlySeed)
        {
            throw new CliUsageException(
                $"The store already holds {sequence:N0} change batches; generate writes only into an empty store (or one holding just the seed). Use another --data-dir.");
        }

        if (sequence == 0)
        {
            await store.AppendAsync(Store.CliStore.SeedActor, seed, cancellationToken);
        }

        var batches = 0;
        var changes = 0L;
        foreach (var batch in directory.Batches())
        {
            cancellationToken.ThrowIfCancellationRequested();
            await store.AppendAsync(GenerateCommand.Actor, batch, cancellationToken);
            batches++;
            changes += batch.Count;
            if (batches % 10 == 0)
            {
                report($"Wrote {changes:N0} changes in {batches} batches.");
            }
        }

        return (batches, changes);
    }
}
