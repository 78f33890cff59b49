using GraphQL.Types;
using InnovationNetwork.Core.Commands;

namespace InnovationNetwork.GraphQL.Common;

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "Why a mutation did not change anything: the input field concerned, a stable code and a sentence to act on. "
            + "When a payload has errors, nothing of the mutation was written.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("field")
            .Description("The path of the input field at fault, e.g. [\"website\"] or [\"specialisms\", \"1\"]; null when the error concerns the whole request (FORBIDDEN).")
            .Resolve(ctx => ctx.Source.Field.Count == 0 ? null : ctx.Source.Field);
        Field(e => e.Code).Description("REQUIRED, INVALID, OUT_OF_RANGE, NOT_FOUND, DUPLICATE, CYCLE, VERSION_CONFLICT or FORBIDDEN; clients may switch on it.");
        Field(e => e.Message).Description("What is wrong and what to do, in a sentence.");
    }
}
