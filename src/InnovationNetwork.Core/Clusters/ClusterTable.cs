using System.Globalization;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// The map of clusters as one CSV table for spreadsheets (RFC 4180: comma-separated, quoted where needed,
/// CRLF line ends, invariant culture, ISO dates). One row per cluster with every scalar measure; an
/// undefined ratio is an empty cell, never NaN. What <c>export clusters</c> writes.
/// </summary>
public static class ClusterTable
{
    private static readonly (string Name, Func<ClusterStrength, object?> Value)[] Columns =
    [
        ("specialism_id", c => c.Specialism.Id),
        ("specialism", c => c.Specialism.Name),
        ("place_id", c => c.Place?.Id),
        ("place", c => c.Place?.Name ?? "whole dataset"),
        ("from", c => c.From),
        ("to", c => c.To),
        ("active_on", c => c.Projects.ActiveOn),
        ("currency", c => c.Currency),
        ("organisations", c => c.Organisations.Total),
        ("businesses", c => Kind(c, OrganisationKind.BUSINESS)),
        ("universities", c => Kind(c, OrganisationKind.UNIVERSITY)),
        ("research_organisations", c => Kind(c, OrganisationKind.RESEARCH_ORGANISATION)),
        ("public_bodies", c => Kind(c, OrganisationKind.PUBLIC_BODY)),
        ("funders", c => Kind(c, OrganisationKind.FUNDER)),
        ("other_organisations", c => Kind(c, OrganisationKind.OTHER)),
        ("people", c => c.People),
        ("employees", c => c.Employment.Employees),
        ("better_jobs", c => c.Employment.BetterJobs),
        ("better_jobs_share", c => c.Employment.BetterJobsShare),
        ("organisations_reporting_employees", c => c.Employment.ReportingEmployees),
        ("organisations_reporting_better_jobs", c => c.Employment.ReportingBetterJobs),
        ("employment_coverage", c => c.Employment.Coverage),
        ("projects", c => c.Projects.Total),
        ("active_projects", c => c.Projects.Active),
        ("untagged_projects", c => c.Projects.Untagged),
        ("funding", c => c.Funding.Total.Amount),
        ("funding_in_other_currencies", c => string.Join("; ", c.Funding.OtherCurrencies.Select(m => $"{m.Currency} {Format(m.Amount)}"))),
        ("network_links", c => c.Network.Links),
        ("network_density", c => c.Network.Density),
        ("average_degree", c => c.Network.AverageDegree),
        ("components", c => c.Network.Components),
        ("largest_component", c => c.Network.LargestComponent),
        ("top_connector_by_degree", c => c.TopByDegree.FirstOrDefault()?.Organisation.Name),
        ("top_connector_by_betweenness", c => c.TopByBetweenness.FirstOrDefault()?.Organisation.Name),
        ("betweenness_sources", c => c.BetweennessMethod.Exact ? "all" : c.BetweennessMethod.Sources.ToString(CultureInfo.InvariantCulture)),
        ("top_broker", c => c.Brokers.FirstOrDefault()?.Organisation.Name),
        ("top_bridge", c => c.Bridges.FirstOrDefault()?.Specialism.Name),
        ("lq_organisations", c => c.LocationQuotient.Organisations.Value),
        ("lq_projects", c => c.LocationQuotient.Projects.Value),
        ("lq_funding", c => c.LocationQuotient.Funding.Value),
        ("most_related_specialism", c => c.Related.FirstOrDefault()?.Specialism.Name),
        ("most_related_proximity", c => c.Related.FirstOrDefault()?.Proximity),
        ("relatedness_density", c => c.RelatednessDensity),
        ("notes", c => string.Join(" | ", c.Notes)),
    ];

    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = Columns.Select(c => c.Name).ToArray();

    /// <summary>Writes the header and one row per cluster, in the order given.</summary>
    public static void WriteCsv(TextWriter writer, IEnumerable<ClusterStrength> clusters)
    {
        writer.Write(string.Join(",", ColumnNames));
        writer.Write("\r\n");
        foreach (var cluster in clusters)
        {
            writer.Write(string.Join(",", Columns.Select(c => Escape(Format(c.Value(cluster))))));
            writer.Write("\r\n");
        }
    }

    private static int Kind(ClusterStrength c, OrganisationKind kind) => c.Organisations.ByKind.Single(k => k.Kind == kind).Count;

    private static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.######", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.##", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
