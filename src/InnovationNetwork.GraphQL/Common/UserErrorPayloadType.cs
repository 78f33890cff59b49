using GraphQL.Types;
using InnovationNetwork.Core.Commands;

namespace InnovationNetwork.GraphQL.Common;

/// <summary>
/// What every mutation returns: the record it wrote (null when it wrote nothing) and <c>errors</c>, the
/// <see cref="UserError"/>s that stopped it (empty when it succeeded).
/// </summary>
public abstract class UserErrorPayloadType<T, TGraphType> : ObjectGraphType<CommandResult<T>>
    where TGraphType : IGraphType
{
    protected UserErrorPayloadType(string name, string description, string field, string fieldDescription)
    {
        Name = name;
        Description = description;
        Field<TGraphType>(field).Description(fieldDescription).Resolve(ctx => ctx.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why nothing was written; empty when the mutation succeeded.")
            .Resolve(ctx => ctx.Source.Errors);
    }
}
