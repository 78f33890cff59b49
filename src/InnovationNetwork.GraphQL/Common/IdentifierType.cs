using GraphQL.Types;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.GraphQL.Common;

public sealed class IdentifierSchemeType : EnumerationGraphType<IdentifierScheme>
{
    public IdentifierSchemeType()
    {
        Name = "IdentifierScheme";
        Description = "Schemes outside systems use: PIC (EU participant code), COMPANIES_HOUSE, UKPRN (UK provider reference), ROR, ORCID, CORDIS_PROJECT, ESIF_PROJECT.";
    }
}

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

public sealed class SourceType : ObjectGraphType<Source>
{
    public SourceType()
    {
        Name = "Source";
        Description = "Where facts came from: `seed` (curated by the project), `import:<name>` (open data) or `user:<id>` (self-declared).";
        Field(s => s.Name).Description("seed, import:cordis, import:esif, import:csv or user:<subject>.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When the facts were recorded.").Resolve(ctx => ctx.Source.At);
    }
}
