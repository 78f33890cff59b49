using System.Runtime.CompilerServices;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// The representative operations of the performance targets, read from bench/load/queries/, so the
/// in-process suites and the HTTP load script (bench/load/run.sh) send the same documents.
/// </summary>
public static class GraphQLQueries
{
    public const string NorthEast = "place-E12000001";
    public const string Energy = "spec-energy";

    /// <summary>organisation(id) with its specialisms and ten collaborators: the page of an organisation.</summary>
    public static string Organisation { get; } = Read("organisation.graphql");

    /// <summary>A filtered connection page: energy businesses in the North East, by name, twenty at a time.</summary>
    public static string FilteredOrganisations { get; } = Read("filtered-organisations.graphql");

    public static string Search { get; } = Read("search.graphql");

    public static string MatchNeed { get; } = Read("match-need.graphql");

    /// <summary>node(id) { id }: the least a request can ask, so the cost every request pays.</summary>
    public static string Node { get; } = Read("node.graphql");

    /// <summary>The filter of <see cref="FilteredOrganisations"/>, as Core reads it.</summary>
    public static OrganisationFilter NorthEastEnergyBusinesses() => new()
    {
        Kind = new EnumFilter<OrganisationKind> { Eq = OrganisationKind.BUSINESS },
        Place = new PlaceFilter { Id = new IdFilter { Within = NorthEast } },
        Specialisms = new RelationFilter<SpecialismFilter, Specialism> { Some = new SpecialismFilter { Id = new IdFilter { Within = Energy } } },
    };

    private static string Read(string file, [CallerFilePath] string source = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(source)!, "..", "load", "queries", file));
}
