using GraphQL.Types;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.GraphQL.Organisations;

namespace InnovationNetwork.GraphQL.Search;

public sealed class SearchFilterType : InputObjectGraphType<SearchFilter>
{
    public SearchFilterType()
    {
        Name = "SearchFilter";
        Description = "Which records a search keeps. Within a list any value may match; the lists combine with AND. Facet counts count what the filter keeps.";
        Field<ListGraphType<NonNullGraphType<SearchableTypeType>>>("types").Description("Only these kinds of record.");
        Field<ListGraphType<NonNullGraphType<OrganisationKindType>>>("kinds").Description("Only organisations of these kinds (other records are left out).");
        Field<ListGraphType<NonNullGraphType<OrganisationSizeType>>>("sizes").Description("Only organisations of these size bands.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("specialisms").Description("Only records in these specialisms or below them (spec-energy keeps Offshore robotics). An unknown id is an UNKNOWN_ID error naming it.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("places").Description("Only records in these places or inside them (a region keeps its local authorities). An unknown id is an UNKNOWN_ID error naming it.");
        Field<IntGraphType>("trl").Description("Only records that work at this technology readiness level (1–9): capabilities whose range covers it, their offerers, challenges seeking it. Outside 1–9 is a TRL_OUT_OF_RANGE error.");
    }

    /// <summary>Builds the filter by hand: a list left out is empty, never null.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value) => new SearchFilter
    {
        Types = List<SearchableType>(value, "types"),
        Kinds = List<OrganisationKind>(value, "kinds"),
        Sizes = List<OrganisationSize>(value, "sizes"),
        Specialisms = List<string>(value, "specialisms"),
        Places = List<string>(value, "places"),
        Trl = value.TryGetValue("trl", out var trl) && trl is not null ? Convert.ToInt32(trl, System.Globalization.CultureInfo.InvariantCulture) : null,
    };

    private static T[] List<T>(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var list) && list is IEnumerable<object?> items ? items.OfType<T>().ToArray() : [];
}
