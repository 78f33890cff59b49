namespace InnovationNetwork.Cli.Commands;

/// <summary>A command was given options that cannot work together; the message says what to pass instead.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
