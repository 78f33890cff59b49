using System.Text.RegularExpressions;

namespace InnovationNetwork.Storage.Neo4j.Cypher;

/// <summary>
/// One Cypher statement and its parameters. The text is fixed at compile time (or built from the closed label
/// and relationship-type maps); every value travels in <see cref="Parameters"/>, never inside the text.
/// </summary>
/// <param name="Name">What the statement does, for error messages and logs ("put Organisation:University nodes").</param>
internal sealed partial record Neo4jStatement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public Neo4jStatement(string name, string text)
        : this(name, text, new Dictionary<string, object?>())
    {
    }

    /// <summary>A count the statement must return in its single row, or the store treats the write as refused.</summary>
    public (string Field, long Count)? MustReturn { get; init; }

    /// <summary>
    /// The statement on one line. JSON carries an escaped line break fine, but the Query API's guide asks for
    /// single-line statements, and the text reads better in Neo4j's query log this way.
    /// </summary>
    public static string OneLine(string cypher) => Whitespace().Replace(cypher, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
