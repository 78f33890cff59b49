using System.Diagnostics;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Imports;

/// <summary>
/// Runs an import against the graph service: plan (reading and checking every row first, so strict mode
/// stops before any write), compare with the graph, write the difference in atomic batches.
/// </summary>
public static class ImportRunner
{
    /// <summary>
    /// <paramref name="plan"/> reads the files and plans against the graph it is given; problems it reports
    /// go to <paramref name="problems"/> (which throws at the first in strict mode). When the store is empty
    /// and <paramref name="seedIfEmpty"/> is given, the plan is made against the seeded graph in memory and
    /// the seed is written only once planning succeeded, so a refused import leaves an empty store empty.
    /// <paramref name="afterBatch"/> hears the total of changes written and the total to write.
    /// </summary>
    public static async Task<ImportOutcome> RunAsync(
        GraphService service,
        string name,
        Source source,
        ImportProblems problems,
        Func<InnovationGraph, (ImportPlan Plan, IReadOnlyList<(string File, int Rows)> Files)> plan,
        int batchSize = ImportWriter.DefaultBatchSize,
        Action<int, int>? afterBatch = null,
        IReadOnlyList<Change>? seedIfEmpty = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(plan);

        var clock = Stopwatch.StartNew();
        await service.CatchUpAsync(cancellationToken);
        var seeding = seedIfEmpty is not null && service.Graph.Sequence == 0;
        var planningGraph = service.Graph;
        if (seeding)
        {
            planningGraph = new InnovationGraph();
            planningGraph.Apply(new ChangeBatch(1, source.At, SeedActor, seedIfEmpty!));
        }

        var (planned, files) = plan(planningGraph);
        if (seeding)
        {
            var seeded = await service.WriteAsync(SeedActor, seedIfEmpty!, cancellationToken);
            if (!seeded.Succeeded)
            {
                throw new ImportWriteException(0, 0, seeded.Errors, seedIfEmpty!);
            }
        }

        var changes = ImportDiff.Compute(service.Graph, planned, source);
        var readTime = clock.Elapsed;

        clock.Restart();
        var batches = await ImportWriter.WriteAsync(
            service,
            source.Name,
            changes.Changes,
            batchSize,
            written => afterBatch?.Invoke(written, changes.Changes.Count),
            cancellationToken);
        return new ImportOutcome(name, files, problems.Items, changes, batches, readTime, clock.Elapsed) { Seeded = seeding ? seedIfEmpty!.Count : 0 };
    }

    /// <summary>The actor of the seed's batch, as the API writes it at start-up.</summary>
    public const string SeedActor = "seed";
}
