using GraphQL.Types;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.GraphQL.Common;

public sealed class IdentifierType : ObjectGraphType<ExternalIdentifier>
{
    public IdentifierType()
    {
        Name = "Identifier";
        Description = "How an outside system names this record.";
        Field<NonNullGraphType<IdentifierSchemeType>>("scheme").Description("The naming scheme.").Resolve(ctx => ctx.Source.Scheme);
        Field(i => i.Value).Description("The identifier within the scheme, e.g. a PIC such as 999985417.");
    }
}
