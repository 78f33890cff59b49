namespace InnovationNetwork.Core.Graph;

/// <summary>What one catch-up with the change log did.</summary>
/// <param name="Applied">How many batches (of other instances, or of this one) were applied.</param>
/// <param name="StoreSequence">The store's last sequence as this catch-up saw it.</param>
/// <param name="Reload">Set when the log could not be followed and the graph was reloaded in full instead.</param>
public sealed record CatchUpResult(int Applied, long StoreSequence, GraphReload? Reload);
