using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Core.Commands;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.GraphQL.Capabilities;
using InnovationNetwork.GraphQL.Challenges;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Organisations;
using InnovationNetwork.GraphQL.People;
using InnovationNetwork.GraphQL.Projects;
using InnovationNetwork.GraphQL.Specialisms;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.GraphQL;

/// <summary>The root of all writes; each topic adds its own mutations.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Everything that changes the directory, named for what people do. Each takes one input and returns a payload "
            + "with the result and `errors`; when there are errors nothing was written. Members edit their own organisation's records, "
            + "staff edit everything; see the README's roles and permissions.";
        this.AddOrganisationMutations();
        this.AddPersonMutations();
        this.AddCapabilityMutations();
        this.AddChallengeMutations();
        this.AddProjectMutations();
        this.AddSpecialismMutations();
    }
}

public static class MutationContext
{
    /// <summary>What a command runs with: this instance's graph, the caller and the clock.</summary>
    public static CommandContext Commands(this IResolveFieldContext context) => new(
        context.RequestServices!.GetRequiredService<GraphService>(),
        context.Viewer(),
        context.RequestServices!.GetService<TimeProvider>() ?? TimeProvider.System);
}
