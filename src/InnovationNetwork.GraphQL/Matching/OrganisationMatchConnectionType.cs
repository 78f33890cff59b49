using GraphQL.Types;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Organisations;

namespace InnovationNetwork.GraphQL.Matching;

public sealed class OrganisationMatchConnectionType : ObjectGraphType<MatchPage>
{
    public OrganisationMatchConnectionType()
    {
        Name = "OrganisationMatchConnection";
        Description = "Organisations ranked for a need, best first, each with its score, the parts of the score and the reasons in plain words.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many organisations matched at all (score above 0).").Resolve(ctx => ctx.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationMatchEdgeType>>>>("edges").Description("The matches of this page.")
            .Resolve(ctx => ctx.Source.Items.Select((m, i) => (ctx.Source.CursorAt(i), m)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("nodes").Description("The organisations of this page, without scores.")
            .Resolve(ctx => ctx.Source.Items.Select(m => m.Organisation).ToArray());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page stands in the whole list.").Resolve(ctx => ctx.Source);
    }
}

public sealed class OrganisationMatchEdgeType : ObjectGraphType<(string Cursor, OrganisationMatch Match)>
{
    public OrganisationMatchEdgeType()
    {
        Name = "OrganisationMatchEdge";
        Description = "A matched organisation with its score, the parts that add up to it and why.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` for the matches that follow.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The sum of the parts; higher is better. Weights are in the Matching configuration section.")
            .Resolve(ctx => ctx.Source.Match.Score);
        Field<NonNullGraphType<OrganisationType>>("node").Description("The organisation.").Resolve(ctx => ctx.Source.Match.Organisation);
        Field<NonNullGraphType<MatchPartsType>>("parts").Description("The weighted parts of the score.").Resolve(ctx => ctx.Source.Match.Parts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchReasonType>>>>("reasons").Description("Why it matched, strongest first.")
            .Resolve(ctx => ctx.Source.Match.Reasons);
    }
}

public sealed class MatchPartsType : ObjectGraphType<MatchParts>
{
    public MatchPartsType()
    {
        Name = "MatchParts";
        Description = "The parts of a match's score, each its weight (Matching section) times a strength from 0 to 1; they add up to the score.";
        Field<NonNullGraphType<FloatGraphType>>("text").Description("Text relevance: the organisation's own document (profile, capabilities, projects; BM25 over the best) and the participants' share of the best-matching projects.").Resolve(ctx => ctx.Source.Text);
        Field<NonNullGraphType<FloatGraphType>>("specialism").Description("Closeness of its specialisms to the need's: the same 1, below 0.8, above 0.5, beside 0.3; inferred ones by their confidence.").Resolve(ctx => ctx.Source.Specialism);
        Field<NonNullGraphType<FloatGraphType>>("trl").Description("1 when a capability's TRL range covers the TRL sought, 0.65 one level off, 0.3 two; 0 without a stated range or TRL.").Resolve(ctx => ctx.Source.Trl);
        Field<NonNullGraphType<FloatGraphType>>("network").Description("Collaboration: with the asker (the caller's organisation or the challenge's poster; a past partner, or a partner of its partners) and with the other strong matches.").Resolve(ctx => ctx.Source.Network);
        Field<NonNullGraphType<FloatGraphType>>("activity").Description("How much and how recently it has done projects and offered capabilities (log scale over the most active candidate).").Resolve(ctx => ctx.Source.Activity);
        Field<NonNullGraphType<FloatGraphType>>("place").Description("1 in a place the need names, 0.4 next to it.").Resolve(ctx => ctx.Source.Place);
    }
}

public sealed class MatchReasonType : ObjectGraphType<MatchReason>
{
    public MatchReasonType()
    {
        Name = "MatchReason";
        Description = "One reason for a match, in plain words.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("TEXT, PROJECTS, SPECIALISM, TRL, NETWORK, ACTIVITY or PLACE: which part it explains.").Resolve(ctx => ctx.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Description("The reason as a sentence, e.g. \"shares specialism Offshore robotics\".").Resolve(ctx => ctx.Source.Message);
    }
}
