using System.Diagnostics;
using System.Globalization;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Seed;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// <c>evaluate-matching</c>: matchNeed against plain BM25 over the same organisation documents, on the CORDIS
/// time split (see <see cref="MatchingEvaluationSet"/>). Weights are tuned on the 2015 needs only; the 2016
/// needs are held out and reported with the tuned weights, which are the defaults of MatchingOptions.
/// Usage: evaluate-matching [--data ../shared/data/cordis-uk] [--seed seed] [--tune] [--set Name=Value]…
/// </summary>
public static class MatchingEvaluation
{
    public const int TuningYear = 2015;
    public const int HeldOutYear = 2016;

    public static int Run(string[] args)
    {
        var data = Option(args, "--data") ?? Path.GetFullPath("../shared/data/cordis-uk");
        var seed = Option(args, "--seed") ?? SeedLoader.FindSeedDirectory();
        if (!File.Exists(Path.Combine(data, "project.csv.gz")) || !File.Exists(Path.Combine(data, "organization.csv.gz")))
        {
            Console.Error.WriteLine($"{data} does not hold CORDIS's project.csv.gz and organization.csv.gz; pass the folder with --data.");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        using var set = MatchingEvaluationSet.Build(data, seed);
        Console.WriteLine($"Graph: {set.Graph.Count(Core.Graph.NodeLabel.Organisation)} organisations, {set.Graph.Count(Core.Graph.NodeLabel.Project)} projects before 2015, "
            + $"{set.InferredLinks} inferred specialism links; {set.Needs.Count} needs (2015–2016 projects with a known UK participant); built in {clock.Elapsed.TotalSeconds:0.0} s.");

        var options = new MatchingOptions();
        for (var i = Array.IndexOf(args, "--set"); i >= 0 && i + 1 < args.Length; i = Array.IndexOf(args, "--set", i + 1))
        {
            // --set Name=Value overrides one MatchingOptions property, to try a variant without editing code.
            var (name, value) = (args[i + 1].Split('=')[0], args[i + 1].Split('=')[1]);
            var property = typeof(MatchingOptions).GetProperty(name) ?? throw new ArgumentException($"MatchingOptions has no property {name}.");
            property.SetValue(options, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
        }

        if (args.Contains("--tune"))
        {
            options = MatchingEvaluationTuning.Tune(set, set.Needs.Where(n => n.Year == TuningYear).ToList());
            Console.WriteLine($"Tuned on {TuningYear}: {MatchingEvaluationTuning.Describe(options)}");
        }

        Console.WriteLine($"Weights: {MatchingEvaluationTuning.Describe(options)}");
        Console.WriteLine();
        Console.WriteLine("| needs | organisations | method | needs | recall@10 | nDCG@10 | ms per need |");
        Console.WriteLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var (label, year) in new[] { ($"{HeldOutYear} (held out)", HeldOutYear), ($"{TuningYear} (tuning)", TuningYear) })
        {
            var needs = set.Needs.Where(n => n.Year == year).ToList();
            foreach (var businesses in new[] { false, true })
            {
                var scope = needs.Where(n => !businesses || n.RelevantBusinesses.Count > 0).ToList();
                var timer = Stopwatch.StartNew();
                var baseline = MatchingEvaluationScore.Of(scope.Select(n => (Baseline(set, n, businesses), Relevant(n, businesses))).ToList());
                var baselineMs = timer.Elapsed.TotalMilliseconds / Math.Max(1, scope.Count);
                timer.Restart();
                var matched = MatchingEvaluationScore.Of(scope.Select(n => (MatchNeed(set, options, n, businesses), Relevant(n, businesses))).ToList());
                var matchedMs = timer.Elapsed.TotalMilliseconds / Math.Max(1, scope.Count);
                var who = businesses ? "businesses only" : "all";
                Console.WriteLine($"| {label} | {who} | plain BM25 | {baseline.Needs} | {baseline.Recall:0.000} | {baseline.Ndcg:0.000} | {baselineMs:0.0} |");
                Console.WriteLine($"| {label} | {who} | matchNeed | {matched.Needs} | {matched.Recall:0.000} | {matched.Ndcg:0.000} | {matchedMs:0.0} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Done in {clock.Elapsed.TotalSeconds:0} s.");
        return 0;
    }

    public static IReadOnlySet<string> Relevant(MatchingEvaluationNeed need, bool businesses) => businesses ? need.RelevantBusinesses : need.Relevant;

    /// <summary>Plain BM25 over the organisation documents (all their text as one field), every word of the need as the query, nothing else.</summary>
    public static IReadOnlyList<string> Baseline(MatchingEvaluationSet set, MatchingEvaluationNeed need, bool businesses) =>
        set.Index.PlainBm25(need.Text, SearchableType.ORGANISATION, MatchingEvaluationMetrics.K,
                new SearchFilter { Kinds = businesses ? [OrganisationKind.BUSINESS] : [] }, MatchingEvaluationSet.Staff)
            .Matches.Select(m => m.Id).ToArray();

    public static IReadOnlyList<string> MatchNeed(MatchingEvaluationSet set, MatchingOptions options, MatchingEvaluationNeed need, bool businesses) =>
        new NeedMatcher(set.Index, options, TimeProvider.System)
            .Rank(set.Graph, MatchingEvaluationSet.Staff, ToNeed(need, businesses))
            .Take(MatchingEvaluationMetrics.K)
            .Select(c => c.Organisation.Id)
            .ToArray();

    public static Need ToNeed(MatchingEvaluationNeed need, bool businesses) => new(need.Text)
    {
        Kinds = businesses ? [OrganisationKind.BUSINESS] : [],
        AsOf = MatchingEvaluationSet.Split,
    };

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    internal static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
