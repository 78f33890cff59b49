namespace InnovationNetwork.Benchmarks;

// evaluate-matching as a tool of this folder (Program.RunTool): dotnet run -c Release --project
// bench/InnovationNetwork.Benchmarks -- evaluate-matching [--data ../shared/data/cordis-uk] [--tune] [--set Name=Value]
public static partial class Program
{
    static partial void RunTool(string[] args, ref int? exit)
    {
        if (args is ["evaluate-matching", ..])
        {
            exit = MatchingEvaluation.Run(args[1..]);
        }
    }
}
