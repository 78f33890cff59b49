using GraphQL.Types;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class IdentifierInputType : InputObjectGraphType<ExternalIdentifier>
{
    public IdentifierInputType()
    {
        Name = "IdentifierInput";
        Description = "How an outside system names a record; each identifier belongs to one record only (else DUPLICATE).";
        Field<NonNullGraphType<IdentifierSchemeType>>("scheme").Description("The naming scheme, e.g. COMPANIES_HOUSE or ORCID.");
        Field<NonNullGraphType<StringGraphType>>("value").Description("The identifier within the scheme.");
    }
}
