using BenchmarkDotNet.Running;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// Runs every suite in this folder through BenchmarkSwitcher, e.g.
/// <c>dotnet run -c Release --project bench/InnovationNetwork.Benchmarks -- --filter '*Graph*'</c>
/// (<c>--list flat</c> names them all). A first argument that names a tool of this folder rather than a
/// BenchmarkDotNet option (<c>pick-organisation</c>, or <c>evaluate-matching</c>) runs that tool instead.
/// </summary>
public static partial class Program
{
    public static int Main(string[] args)
    {
        int? exit = args is ["pick-organisation", var organisations] ? PickOrganisation(int.Parse(organisations)) : null;
        RunTool(args, ref exit);
        if (exit is { } code)
        {
            return code;
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    /// <summary>
    /// <c>pick-organisation N</c>: prints the id of the organisation whose page the GraphQL suites ask for at N
    /// organisations (<see cref="ScaleDirectory.TypicalOrganisation"/>), so bench/load/run.sh asks for the same one.
    /// </summary>
    private static int PickOrganisation(int organisations)
    {
        Console.WriteLine(ScaleDirectory.TypicalOrganisation(ScaleDirectory.Graph(organisations)));
        return 0;
    }

    /// <summary>
    /// Implemented, in a file of its own, by whoever adds a tool to this folder: set <paramref name="exit"/>
    /// when <paramref name="args"/> name that tool. A partial method, so this entry point builds with or
    /// without such a file and owners of other suites need not edit it.
    /// </summary>
    static partial void RunTool(string[] args, ref int? exit);
}
