using GraphQL.Types;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Nodes;

namespace InnovationNetwork.GraphQL.Projects;

public sealed class ParticipationType : ObjectGraphType<Relationship>
{
    public ParticipationType()
    {
        Name = "Participation";
        Description = "One participant's part in a project.";
        Field<NonNullGraphType<NodeInterface>>("participant").Description("The organisation or person.").Resolve(ctx => ctx.Graph().Find(ctx.Source.From));
        Field<StringGraphType>("role").Description("Its role, e.g. coordinator or participant.").Resolve(ctx => ctx.Source.Role);
        Field<MoneyType>("contribution").Description("The funding it received (for CORDIS, the EC contribution).").Resolve(ctx => ctx.Source.Amount);
    }
}
