using GraphQL.Types;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Nodes;
using InnovationNetwork.GraphQL.Places;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Challenges;

public sealed class ChallengeType : ObjectGraphType<Challenge>
{
    public ChallengeType()
    {
        Name = "Challenge";
        Description = "A posted need: what an organisation wants solved, at what readiness, for what budget, by when.";
        Interface<NodeInterface>();
        this.AddNodeFields();
        Field(c => c.Title).Description("The challenge in a line.");
        Field(c => c.Description, nullable: true).Description("The need in full.");
        Field(c => c.TrlSought, nullable: true).Description("The technology readiness level the solution should reach (1–9).");
        Field<MoneyType>("budget").Description("The budget, when stated.").Resolve(ctx => ctx.Source.Budget);
        Field<DateType>("deadline").Description("When answers are due.").Resolve(ctx => ctx.Source.Deadline);
        Field<NonNullGraphType<ChallengeStatusType>>("status").Description("OPEN or CLOSED.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Description("Words that describe it.").Resolve(ctx => ctx.Source.Keywords);
        Field<NonNullGraphType<BooleanGraphType>>("isPrivate").Description("A private challenge is shown only to staff and members of the posting organisation.").Resolve(ctx => ctx.Source.IsPrivate);
        Field<NodeInterface>("postedBy").Description("The organisation or person who posted it.")
            .Resolve(ctx => ctx.Graph().Related<Node>(ctx.Viewer(), ctx.Graph().Sources(ctx.Source.Id, RelationshipType.POSTED)).FirstOrDefault());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpecialismType>>>>("specialisms").Description("Specialisms it concerns.")
            .Resolve(ctx => ctx.Graph().Related<Specialism>(ctx.Viewer(), ctx.Graph().Targets(ctx.Source.Id, RelationshipType.APPLIES_TO)).ToArray());
        Field<PlaceType>("place").Description("Where the need is, when it matters.")
            .Resolve(ctx => ctx.Graph().Related<Place>(ctx.Viewer(), ctx.Graph().Targets(ctx.Source.Id, RelationshipType.LOCATED_IN)).FirstOrDefault());
        this.AddChallengeMatchFields();
    }
}
