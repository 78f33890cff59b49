using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Organisations;

public static class OrganisationQueries
{
    public static void AddOrganisationQueries(this ObjectGraphType query)
    {
        query.AddLookupAndList<Organisation, OrganisationFilter, OrganisationOrder, OrganisationType, OrganisationFilterType, OrganisationOrderType, OrganisationConnectionType>(
            "organisation", "organisations", new OrganisationOrder(OrganisationOrderField.NAME));

        query.Field<OrganisationType>("organisationByIdentifier")
            .Description("The organisation an outside system names this way, e.g. scheme PIC, value 999985417; null when none.")
            .Argument<NonNullGraphType<IdentifierSchemeType>>("scheme", "The identifier scheme.")
            .Argument<NonNullGraphType<StringGraphType>>("value", "The identifier; spaces around it and letter case are ignored.")
            .Resolve(ctx =>
            {
                var graph = ctx.Graph();
                return graph.FindByIdentifier(ctx.GetArgument<IdentifierScheme>("scheme"), ctx.GetArgument<string>("value")) is Organisation o
                    && ctx.Viewer().CanSee(graph, o) ? o : null;
            });
    }
}
