using GraphQL.Types;
using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Nodes;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Capabilities;

public sealed class CapabilityType : ObjectGraphType<Capability>
{
    public CapabilityType()
    {
        Name = "Capability";
        Description = "Something an organisation or person can do for others, with the technology readiness levels it works at.";
        Interface<NodeInterface>();
        this.AddNodeFields();
        Field(c => c.Name).Description("What it is called.");
        Field<NonNullGraphType<CapabilityKindType>>("kind").Description("Expertise, facility, service or product.").Resolve(ctx => ctx.Source.Kind);
        Field(c => c.Description, nullable: true).Description("What it offers.");
        Field(c => c.TrlMin, nullable: true).Description("Lowest technology readiness level it works at (1 basic principles … 9 proven in operation).");
        Field(c => c.TrlMax, nullable: true).Description("Highest technology readiness level it works at.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Description("Words it wants to be found by.").Resolve(ctx => ctx.Source.Keywords);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("offeredBy").Description("The organisations or people offering it.")
            .Resolve(ctx => ctx.Graph().Related<Node>(ctx.Viewer(), ctx.Graph().Sources(ctx.Source.Id, RelationshipType.OFFERS)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpecialismType>>>>("specialisms").Description("Specialisms it applies to.")
            .Resolve(ctx => ctx.Graph().Related<Specialism>(ctx.Viewer(), ctx.Graph().Targets(ctx.Source.Id, RelationshipType.APPLIES_TO)).ToArray());
    }
}
