using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Core.Projects;

namespace InnovationNetwork.GraphQL.Projects;

public static class ProjectMutations
{
    public static void AddProjectMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RegisterProjectPayloadType>>("registerProject")
            .Description("Members and staff: register a project your organisation takes part in. Errors: REQUIRED title; OUT_OF_RANGE end date "
                + "before start date or negative money; NOT_FOUND organisation or specialism; DUPLICATE identifier; FORBIDDEN.")
            .Argument<NonNullGraphType<RegisterProjectInputType>>("input", "The project.")
            .ResolveAsync(async ctx => await ctx.GetArgument<RegisterProject>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<JoinProjectPayloadType>>("joinProject")
            .Description("Members and staff: record that your organisation, or one of its people, takes part in a project. Errors: DUPLICATE "
                + "when already taking part; OUT_OF_RANGE negative contribution; NOT_FOUND project or participant; FORBIDDEN.")
            .Argument<NonNullGraphType<JoinProjectInputType>>("input", "The project and who joins it.")
            .ResolveAsync(async ctx => await ctx.GetArgument<JoinProject>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));

        mutation.Field<NonNullGraphType<LeaveProjectPayloadType>>("leaveProject")
            .Description("Members and staff: record that your organisation, or one of its people, no longer takes part in a project. "
                + "Errors: NOT_FOUND project, participant, or a participant not taking part; FORBIDDEN.")
            .Argument<NonNullGraphType<LeaveProjectInputType>>("input", "The project and who leaves it.")
            .ResolveAsync(async ctx => await ctx.GetArgument<LeaveProject>("input").RunAsync(ctx.Commands(), ctx.CancellationToken));
    }
}
