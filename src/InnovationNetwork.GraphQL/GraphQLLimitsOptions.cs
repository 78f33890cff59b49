using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.GraphQL;

/// <summary>Limits on what one GraphQL request may ask for; bound from the "GraphQL" configuration section.</summary>
public sealed class GraphQLLimitsOptions
{
    public const string Section = "GraphQL";

    /// <summary>The most items one page of a connection may hold (first/last).</summary>
    [Range(1, 10_000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The page size when a query gives neither first nor last.</summary>
    [Range(1, 10_000)]
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>How deeply fields may nest.</summary>
    [Range(1, 1_000)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>The most a query may cost; each field costs 1 and lists multiply their children's cost.</summary>
    [Range(1, 100_000_000)]
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>How long one request may run before it is stopped.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether clients may ask for the schema (__schema, __type). GraphiQL needs it.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>The largest request body accepted, in bytes.</summary>
    [Range(256, 100_000_000)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Memory for whole responses to repeated queries, in megabytes; 0 turns the cache off. A response is kept
    /// for the graph and search-index version it was computed at and served again only at that version.
    /// </summary>
    [Range(0, 4_096)]
    public int ResponseCacheMegabytes { get; set; } = 32;
}
