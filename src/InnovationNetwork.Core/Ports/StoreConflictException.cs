namespace InnovationNetwork.Core.Ports;

/// <summary>
/// A write was refused because the stored graph moved under it (another writer got there first) or it
/// names nodes that do not exist. Nothing of the write was kept.
/// </summary>
public sealed class StoreConflictException(string nodeId, int? expectedVersion, int? storedVersion, string message)
    : Exception(message)
{
    public string NodeId { get; } = nodeId;
    public int? ExpectedVersion { get; } = expectedVersion;
    public int? StoredVersion { get; } = storedVersion;
}
