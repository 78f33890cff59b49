using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Imports;

/// <summary>
/// Writes an import's changes through the graph service in atomic batches, in order. A batch holds
/// nodes before the relationships that need them (the changes come ordered that way, and each batch only
/// refers to nodes of earlier batches or its own), so stopping between batches leaves a consistent graph,
/// and running the import again computes the remaining changes and converges to the same state.
/// </summary>
public static class ImportWriter
{
    /// <summary>
    /// A batch of this many changes validates and commits in well under a second on SQLite, so Ctrl-C is
    /// honoured quickly and a crash loses little; larger batches barely speed up the whole.
    /// </summary>
    public const int DefaultBatchSize = 5000;

    /// <summary>
    /// Writes the changes; calls <paramref name="afterBatch"/> after each committed batch with the number of
    /// changes written so far. Throws <see cref="ImportWriteException"/> if the graph refuses a batch (it
    /// moved under the import: run it again) and <see cref="OperationCanceledException"/> when cancelled
    /// (the batches before stay written).
    /// </summary>
    public static async Task<int> WriteAsync(
        GraphService graph,
        string actor,
        IReadOnlyList<Change> changes,
        int batchSize = DefaultBatchSize,
        Action<int>? afterBatch = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);

        var written = 0;
        var batches = 0;
        for (var start = 0; start < changes.Count; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = Slice(changes, start, Math.Min(batchSize, changes.Count - start));
            var result = await graph.WriteAsync(actor, batch, cancellationToken);
            if (!result.Succeeded)
            {
                throw new ImportWriteException(batches, written, result.Errors, batch);
            }

            written += batch.Count;
            batches++;
            afterBatch?.Invoke(written);
        }

        return batches;
    }

    private static IReadOnlyList<Change> Slice(IReadOnlyList<Change> changes, int start, int count)
    {
        var slice = new Change[count];
        for (var i = 0; i < count; i++)
        {
            slice[i] = changes[start + i];
        }

        return slice;
    }
}
