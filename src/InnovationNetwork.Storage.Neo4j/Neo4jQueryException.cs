namespace InnovationNetwork.Storage.Neo4j;

/// <summary>
/// Neo4j refused a statement for a reason that retrying will not change (a <c>Neo.ClientError.*</c> other
/// than a constraint violation or an authentication failure): a bug in this store's Cypher or a server
/// configured differently from what the store expects. Carries Neo4j's code and the statement's name.
/// </summary>
public sealed class Neo4jQueryException(string code, string statementName, string message) : Exception(message)
{
    /// <summary>Neo4j's status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
    public string Code { get; } = code;

    /// <summary>What the refused statement was doing, e.g. "put Organisation:University nodes".</summary>
    public string StatementName { get; } = statementName;
}
