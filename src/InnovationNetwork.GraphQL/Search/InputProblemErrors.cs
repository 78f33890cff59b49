using GraphQL;
using InnovationNetwork.Core.Matching;

namespace InnovationNetwork.GraphQL.Search;

/// <summary>Turns refused search or matching input into GraphQL errors, one per problem, each with its code and argument.</summary>
internal static class InputProblemErrors
{
    public static void ThrowIfAny(IResolveFieldContext ctx, IReadOnlyList<InputProblem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        // All but the last are added; the last is thrown, which ends the field without a second error.
        var errors = problems.Select(p =>
        {
            var error = new ExecutionError(p.Message) { Code = p.Code };
            error.AddExtension("argument", p.Field);
            return error;
        }).ToList();
        foreach (var error in errors[..^1])
        {
            error.AddLocation(ctx.FieldAst, ctx.Document);
            error.Path = ctx.Path;
            ctx.Errors.Add(error);
        }

        throw errors[^1];
    }
}
