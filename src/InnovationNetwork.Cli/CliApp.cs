using System.CommandLine;
using InnovationNetwork.Cli.Commands;
using InnovationNetwork.Cli.Commands.Import;
using InnovationNetwork.Cli.Output;

namespace InnovationNetwork.Cli;

/// <summary>The command tree; <see cref="RunAsync"/> is the whole tool, used by Program and by the tests alike.</summary>
internal static class CliApp
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("InnovationNetwork: fill, inspect and export the North East innovation network's graph.")
        {
            GlobalOptions.DataDirectory,
            GlobalOptions.SeedDirectory,
            ImportCommand.Create(context),
            SeedCommand.Create(context),
            GenerateCommand.Create(context),
            ExportCommand.Create(context),
            StatsCommand.Create(context),
            PrintSchemaCommand.Create(context),
            IssueTokenCommand.Create(context),
            ReindexCommand.Create(context),
        };
        return root;
    }

    /// <summary>Parses and runs one command line; returns the exit code (<see cref="CliExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CliContext? context = null, CancellationToken cancellationToken = default)
    {
        context ??= new CliContext(console);
        var parse = Build(context).Parse(args);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, cancellationToken);
    }
}
