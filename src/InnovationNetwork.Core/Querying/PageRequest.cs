namespace InnovationNetwork.Core.Querying;

/// <summary>A Relay-style page request: the first N after a cursor, or the last N before one.</summary>
public sealed record PageRequest(int? First = null, string? After = null, int? Last = null, string? Before = null);
