using GraphQL;
using InnovationNetwork.Core.Clusters;

namespace InnovationNetwork.GraphQL.Clusters;

/// <summary>Turns a refused cluster request into GraphQL errors, one per problem, each with its code and argument.</summary>
internal static class ClusterErrors
{
    public static T Run<T>(IResolveFieldContext ctx, Func<T> resolve)
    {
        try
        {
            return resolve();
        }
        catch (ClusterRequestException refused)
        {
            // All but the last are added here; the last is thrown, which ends the field without the extra
            // "Error trying to resolve field" that returning null for a non-null field would add.
            var errors = refused.Problems.Select(ToError).ToList();
            foreach (var error in errors[..^1])
            {
                error.AddLocation(ctx.FieldAst, ctx.Document);
                error.Path = ctx.Path;
                ctx.Errors.Add(error);
            }

            throw errors[^1];
        }
    }

    private static ExecutionError ToError(ClusterProblem problem)
    {
        var error = new ExecutionError(problem.Message) { Code = problem.Code };
        if (problem.Argument.Length > 0)
        {
            error.AddExtension("argument", problem.Argument);
        }

        return error;
    }
}
