using GraphQL.Types;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Nodes;
using InnovationNetwork.GraphQL.Organisations;

namespace InnovationNetwork.GraphQL.Places;

public sealed class PlaceType : ObjectGraphType<Place>
{
    public PlaceType()
    {
        Name = "Place";
        Description = "A place in the tree country › region › LEP area › local authority.";
        Interface<NodeInterface>();
        this.AddNodeFields();
        Field(p => p.Name).Description("The place's name.");
        Field<NonNullGraphType<PlaceLevelType>>("level").Description("Its level in the tree.").Resolve(ctx => ctx.Source.Level);
        Field(p => p.OnsCode, nullable: true).Description("The ONS GSS code, e.g. E06000057 for Northumberland.");
        Field(p => p.NutsCode, nullable: true).Description("The NUTS code CORDIS uses, e.g. UKC2.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("postcodeDistricts").Description("Postcode districts that map mainly to it (local authorities only).").Resolve(ctx => ctx.Source.PostcodeDistricts);
        Field<PlaceType>("parent").Description("The place it lies in.")
            .Resolve(ctx => Trees.Parent(ctx.Graph(), ctx.Source.Id, RelationshipType.LOCATED_IN) is { } id ? ctx.Graph().Find<Place>(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceType>>>>("children").Description("The places directly inside it.")
            .Resolve(ctx => ctx.Graph().Related<Place>(ctx.Viewer(), ctx.Graph().Sources(ctx.Source.Id, RelationshipType.LOCATED_IN)).OrderBy(p => p.Name).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceType>>>>("ancestors").Description("The places it lies in, nearest first.")
            .Resolve(ctx => Trees.Ancestors(ctx.Graph(), ctx.Source.Id).Select(ctx.Graph().Find<Place>).OfType<Place>().ToArray());
        this.Connection<Place, OrganisationConnectionType, Organisation>("organisations", "Organisations located in it or anywhere inside it, by name.", ctx =>
        {
            var graph = ctx.Graph();
            var within = new OrganisationFilter { Place = new PlaceFilter { Id = new IdFilter { Within = ctx.Source.Id } } };
            return NodeQuery.List<Organisation, OrganisationFilter>(graph, ctx.Viewer(), within, [(o => o.Name, SortDirection.ASC)]);
        });
    }
}
