using System.CommandLine;
using InnovationNetwork.Cli.Store;
using InnovationNetwork.Core.Graph;
using Spectre.Console;

namespace InnovationNetwork.Cli.Commands;

/// <summary><c>stats</c>: how many nodes of each label and relationships of each type the store holds.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("stats", "Count the nodes per label and the relationships per type in the store.");
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(context.Console, async () =>
        {
            await using var store = await CliStore.OpenAsync(parse.GetValue(GlobalOptions.DataDirectory)!, cancellationToken: cancellationToken);
            var stats = GraphStats.Of(store.Graph);
            var console = context.Console;
            console.Line($"{store.Store.FilePath} at change-log sequence {store.Graph.Sequence:N0}: {stats.Nodes.Values.Sum():N0} nodes, {stats.Relationships.Values.Sum():N0} relationships.");
            var table = new Table().Border(console.Rich ? TableBorder.Rounded : TableBorder.Ascii)
                .AddColumn("label / type").AddColumn(new TableColumn("count").RightAligned());
            foreach (var (label, count) in stats.Nodes)
            {
                table.AddRow(label.ToString(), $"{count:N0}");
            }

            foreach (var (type, count) in stats.Relationships)
            {
                table.AddRow(type.ToString(), $"{count:N0}");
            }

            console.Ansi.Write(table);
            return CliExitCodes.Ok;
        }));
        return command;
    }
}

/// <summary>Counts per label and per relationship type, every label and type listed even when zero.</summary>
internal sealed record GraphStats(IReadOnlyDictionary<NodeLabel, int> Nodes, IReadOnlyDictionary<RelationshipType, int> Relationships)
{
    public static GraphStats Of(InnovationGraph graph)
    {
        var nodes = Enum.GetValues<NodeLabel>().ToDictionary(l => l, graph.Count);
        var relationships = Enum.GetValues<RelationshipType>().ToDictionary(t => t, _ => 0);
        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            foreach (var node in graph.Nodes(label))
            {
                foreach (var r in graph.Outgoing(node.Id))
                {
                    relationships[r.Type]++;
                }
            }
        }

        return new GraphStats(nodes, relationships);
    }
}
