namespace InnovationNetwork.Search;

/// <summary>The index cannot be opened or written (in use by another process, damaged, disk full); the message says where and what to do.</summary>
public sealed class SearchIndexException(string message, Exception? inner = null) : Exception(message, inner);
