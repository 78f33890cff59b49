namespace InnovationNetwork.Core.Ports;

/// <summary>The store cannot be opened or reached; the message says why in one sentence for an operator.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
