using GraphQL.Types;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.GraphQL.Common;

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
