using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Matching;

// The parent namespace, so OrganisationType needs only this.AddMatchingFields().
namespace InnovationNetwork.GraphQL;

public static class OrganisationMatchingFields
{
    public static void AddMatchingFields(this ObjectGraphType<Organisation> type)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationMatchType>>>>("suggestedPartners")
            .Description("Organisations it has not worked with yet that it could: partners of its partners (the more, the stronger), organisations whose "
                + "work reads like its own, and organisations in specialisms beside its own (complementary: a sibling counts most), with activity "
                + "and a shared place as tie-breakers. Current collaborators are never suggested.")
            .Argument<IntGraphType>("first", arg =>
            {
                arg.Description = "At most this many (1 to the maximum page size).";
                arg.DefaultValue = 10;
            })
            .Resolve(ctx => ctx.PartnerSuggester().Suggest(ctx.Graph(), ctx.Viewer(), ctx.Source.Id, First(ctx)));

        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationMatchType>>>>("similar")
            .Description("More like this: organisations whose text (profile, capabilities, projects) reads most like this one's, the most alike first "
                + "(score 1), with the words they share.")
            .Argument<IntGraphType>("first", arg =>
            {
                arg.Description = "At most this many (1 to the maximum page size).";
                arg.DefaultValue = 10;
            })
            .Resolve(ctx => ctx.SimilarOrganisations().Find(ctx.Graph(), ctx.Viewer(), ctx.Source.Id, First(ctx)));
    }

    private static int First(IResolveFieldContext ctx) => Math.Clamp(ctx.GetArgument<int>("first"), 1, ctx.Limits().MaxPageSize);
}
