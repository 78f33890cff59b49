using GraphQL.Types;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.GraphQL.Organisations;

namespace InnovationNetwork.GraphQL.Matching;

public sealed class OrganisationMatchType : ObjectGraphType<OrganisationMatch>
{
    public OrganisationMatchType()
    {
        Name = "OrganisationMatch";
        Description = "An organisation suggested for another, with its score, the parts of the score and why.";
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The sum of the parts; higher is better.").Resolve(ctx => ctx.Source.Score);
        Field<NonNullGraphType<OrganisationType>>("organisation").Description("The organisation suggested.").Resolve(ctx => ctx.Source.Organisation);
        Field<NonNullGraphType<MatchPartsType>>("parts").Description("The weighted parts of the score.").Resolve(ctx => ctx.Source.Parts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchReasonType>>>>("reasons").Description("Why, strongest first.").Resolve(ctx => ctx.Source.Reasons);
    }
}
