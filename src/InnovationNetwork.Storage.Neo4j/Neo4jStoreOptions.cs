using System.Text.RegularExpressions;

namespace InnovationNetwork.Storage.Neo4j;

/// <summary>
/// Where the Neo4j store is and how to talk to it; bound from the "Store:Neo4j" section. Validated once, by
/// <see cref="Validate"/>, where the store is built: a bad setting stops start-up with one sentence per problem.
/// </summary>
public sealed partial class Neo4jStoreOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Store:Neo4j";

    /// <summary>
    /// Neo4j's HTTP address, e.g. <c>http://localhost:7474</c> or, with TLS, <c>https://neo4j.example.org:7473</c>.
    /// A path (for a reverse proxy) is kept: requests go to <c>{Url}/db/{Database}/query/v2</c>.
    /// </summary>
    public string Url { get; set; } = "";

    /// <summary>The database to use; Neo4j Community Edition has only <c>neo4j</c>.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>User for basic authentication; give <see cref="Password"/> with it. Leave both empty for a server with auth disabled.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>A single-sign-on token for bearer authentication, instead of <see cref="User"/> and <see cref="Password"/>.</summary>
    public string? BearerToken { get; set; }

    /// <summary>How long one HTTP request may take before it counts as a transient failure.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many times a failed operation is tried again, from its start, after a transient failure (Neo4j's
    /// <c>Neo.TransientError.*</c>, HTTP 5xx, a refused or reset connection, a timeout). 0 tries once.
    /// </summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first wait before a retry; each further wait doubles, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How many nodes (and then source nodes of relationships) one request of a full read returns.</summary>
    public int ReadPageSize { get; set; } = 2000;

    /// <summary>The problems with these options, one sentence each; empty when they can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add($"Store:Neo4j:Url is '{Url}'; give Neo4j's HTTP address, such as http://localhost:7474 (or https://… for TLS).");
        }
        else if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment) || !string.IsNullOrEmpty(url.UserInfo))
        {
            problems.Add("Store:Neo4j:Url must not carry a query, a fragment or credentials; put the user and password in Store:Neo4j:User and Password.");
        }

        if (!DatabaseName().IsMatch(Database ?? ""))
        {
            problems.Add($"Store:Neo4j:Database is '{Database}'; a Neo4j database name starts with a letter and has 3 to 63 letters, digits, dots or dashes (the default is neo4j).");
        }

        var basic = !string.IsNullOrEmpty(User) || !string.IsNullOrEmpty(Password);
        if (basic && (string.IsNullOrEmpty(User) || string.IsNullOrEmpty(Password)))
        {
            problems.Add("Store:Neo4j:User and Store:Neo4j:Password go together; give both, or neither when the server has authentication disabled.");
        }

        if (basic && !string.IsNullOrEmpty(BearerToken))
        {
            problems.Add("Store:Neo4j has both a user and a bearer token; give one way to authenticate.");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            problems.Add($"Store:Neo4j:RequestTimeout is {RequestTimeout}; give a positive time such as 00:00:30.");
        }

        if (MaxRetries is < 0 or > 20)
        {
            problems.Add($"Store:Neo4j:MaxRetries is {MaxRetries}; give 0 (no retry) to 20.");
        }

        if (RetryDelay < TimeSpan.Zero)
        {
            problems.Add($"Store:Neo4j:RetryDelay is {RetryDelay}; give zero or a positive time such as 00:00:00.2.");
        }

        if (ReadPageSize is < 1 or > 100_000)
        {
            problems.Add($"Store:Neo4j:ReadPageSize is {ReadPageSize}; give 1 to 100000.");
        }

        return problems;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9.-]{2,62}$")]
    private static partial Regex DatabaseName();
}
