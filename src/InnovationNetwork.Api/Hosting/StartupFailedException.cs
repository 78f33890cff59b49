namespace InnovationNetwork.Api.Hosting;

/// <summary>
/// Start-up stopped for a reason an operator can fix from the message alone: a damaged or newer database
/// file, a Neo4j store this build lacks, a bad seed file. The message is that reason, in one sentence.
/// </summary>
/// <remarks>
/// ToString is the message alone, on purpose: the host logs a failed start with the exception's ToString,
/// and a stack trace there would bury the sentence. The original exception stays in InnerException.
/// </remarks>
public sealed class StartupFailedException(string message, Exception? innerException = null) : Exception(message, innerException)
{
    public override string ToString() => Message;
}
