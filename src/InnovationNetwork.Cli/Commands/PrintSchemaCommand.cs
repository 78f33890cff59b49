using System.CommandLine;
using GraphQL.Types;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.GraphQL;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Cli.Commands;

/// <summary><c>print-schema</c>: the GraphQL SDL, built by the same AddInnovationNetworkGraphQL the API uses.</summary>
internal static class PrintSchemaCommand
{
    private static readonly Option<FileInfo?> Out = new("--out")
    {
        Description = "Write the SDL to this file (e.g. schema.graphql) instead of standard output.",
    };

    public static Command Create(CliContext context)
    {
        var command = new Command("print-schema", "Print the GraphQL schema (SDL) with its descriptions.") { Out };
        command.SetAction(parse => CommandRunner.RunAsync(context.Console, async () =>
        {
            var sdl = Print();
            if (parse.GetValue(Out) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, sdl);
                context.Console.Line($"Wrote the schema to {file.FullName}.");
            }
            else
            {
                context.Console.Out.Write(sdl);
            }

            return CliExitCodes.Ok;
        }).GetAwaiter().GetResult());
        return command;
    }

    public static string Print()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();

        // The schema resolves the graph per request only; printing never reaches the store behind it.
        services.AddSingleton(new GraphService(NoStore.Instance, []));
        services.AddInnovationNetworkGraphQL(configuration);
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.PrintSchema();
    }
}
