using BenchmarkDotNet.Running;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// Runs every suite in this folder through BenchmarkSwitcher, e.g.
/// <c>dotnet run -c Release --project bench/InnovationNetwork.Benchmarks -- --filter '*Graph*'</c>
/// (<c>--list flat</c> names them all). A first argument that names a tool of this folder rather than a
/// BenchmarkDotNet option (<c>pick-organisation</c>, or <c>evaluate-matching</c>) runs that tool instead.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["pick-organisation", var organisations]:
                return PickOrganisation(int.Parse(organisations));
            case ["evaluate-matching", ..]:
                return MatchingEvaluation.Run(args[1..]);
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
}
