using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Imports;

/// <summary>
/// The graph refused a batch of an import, usually because another writer changed a node meanwhile.
/// The batches before it are written; running the import again completes it.
/// </summary>
public sealed class ImportWriteException(int batchesWritten, int changesWritten, IReadOnlyList<ChangeError> errors, IReadOnlyList<Change> batch)
    : Exception(Describe(batchesWritten, errors, batch))
{
    public int BatchesWritten { get; } = batchesWritten;
    public int ChangesWritten { get; } = changesWritten;
    public IReadOnlyList<ChangeError> Errors { get; } = errors;

    private static string Describe(int batchesWritten, IReadOnlyList<ChangeError> errors, IReadOnlyList<Change> batch)
    {
        var first = errors[0];
        var subject = first.ChangeIndex < batch.Count
            ? batch[first.ChangeIndex] switch
            {
                PutNode put => put.Node.Id,
                Link link => $"{link.Relationship.From} {link.Relationship.Type} {link.Relationship.To}",
                Unlink unlink => $"{unlink.Key.From} {unlink.Key.Type} {unlink.Key.To}",
                RemoveNode remove => remove.Id,
                _ => "?",
            }
            : "?";
        return $"The graph refused batch {batchesWritten + 1} of the import ({errors.Count} problem{(errors.Count == 1 ? "" : "s")}; " +
               $"the first, {subject}: {first.Message}). The {batchesWritten} batch{(batchesWritten == 1 ? " is" : "es are")} before it written; run the import again to complete it.";
    }
}
