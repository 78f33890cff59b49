using GraphQL.Types;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Nodes;
using InnovationNetwork.GraphQL.Organisations;

namespace InnovationNetwork.GraphQL.Specialisms;

public sealed class SpecialismType : ObjectGraphType<Specialism>
{
    public SpecialismType()
    {
        Name = "Specialism";
        Description = "An area of smart specialisation, in a tree such as Energy › Offshore wind › Offshore robotics.";
        Interface<NodeInterface>();
        this.AddNodeFields();
        Field(s => s.Name).Description("The specialism's name.");
        Field(s => s.Description, nullable: true).Description("What it covers.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Description("Words that signal it in text.").Resolve(ctx => ctx.Source.Keywords);
        Field<SpecialismType>("parent").Description("The broader specialism it belongs to; null at the top.")
            .Resolve(ctx => Trees.Parent(ctx.Graph(), ctx.Source.Id, RelationshipType.SUBSPECIALISM_OF) is { } id ? ctx.Graph().Find<Specialism>(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpecialismType>>>>("children").Description("Its sub-specialisms.")
            .Resolve(ctx => ctx.Graph().Related<Specialism>(ctx.Viewer(), ctx.Graph().Sources(ctx.Source.Id, RelationshipType.SUBSPECIALISM_OF)).OrderBy(s => s.Name).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpecialismType>>>>("ancestors").Description("The broader specialisms above it, nearest first.")
            .Resolve(ctx => Trees.Ancestors(ctx.Graph(), ctx.Source.Id).Select(ctx.Graph().Find<Specialism>).OfType<Specialism>().ToArray());
        this.Connection<Specialism, OrganisationConnectionType, Organisation>("organisations",
            "Organisations that specialise in it or in any of its sub-specialisms, by name.", ctx =>
            {
                var within = new OrganisationFilter
                {
                    Specialisms = new() { Some = new SpecialismFilter { Id = new IdFilter { Within = ctx.Source.Id } } },
                };
                return NodeQuery.List<Organisation, OrganisationFilter>(ctx.Graph(), ctx.Viewer(), within, [(o => o.Name, SortDirection.ASC)]);
            });
    }
}
