using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;

namespace InnovationNetwork.Search;

// Keeping the index in step with the graph: start-up catch-up or rebuild, then one batch at a time.
public sealed partial class LuceneIndex
{
    /// <summary>Above this share of the searchable nodes, catching up costs more than rebuilding.</summary>
    private const double RebuildShare = 0.5;

    private const int ChangePage = 1000;

    /// <summary>
    /// The graph was loaded in full. An index at the same sequence is kept as it is; one behind catches up
    /// by re-indexing what the change log says changed since; one ahead (a replaced store), of another
    /// schema or without a change log is rebuilt from the graph.
    /// </summary>
    public void OnLoaded(InnovationGraph graph)
    {
        lock (_updateLock)
        {
            _vocabulary.Load(graph);
            var indexed = Interlocked.Read(ref _appliedSequence);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var kind = IndexStartupKind.UpToDate;
            if (_schemaChanged || (indexed == 0 && graph.Sequence > 0) || indexed > graph.Sequence)
            {
                Rebuild(graph);
                kind = IndexStartupKind.Rebuilt;
            }
            else if (indexed < graph.Sequence)
            {
                if (TryCatchUp(graph, indexed))
                {
                    kind = IndexStartupKind.CaughtUp;
                }
                else
                {
                    Rebuild(graph);
                    kind = IndexStartupKind.Rebuilt;
                }
            }

            LastStartup = new IndexStartup(kind, indexed, graph.Sequence, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            LogStartup(LastStartup);

            _schemaChanged = false;
            Interlocked.Exchange(ref _appliedSequence, graph.Sequence);
        }

        Commit();
    }

    /// <summary>One batch was applied to the graph: re-index the documents it made stale.</summary>
    public void OnApplied(ChangeBatch batch, InnovationGraph graph)
    {
        lock (_updateLock)
        {
            if (batch.Sequence <= Interlocked.Read(ref _appliedSequence))
            {
                return;
            }

            if (batch.Changes.Any(c => c is PutNode { Node.Label: NodeLabel.Specialism } or RemoveNode or Link { Relationship.Type: RelationshipType.SUBSPECIALISM_OF } or Unlink { Key.Type: RelationshipType.SUBSPECIALISM_OF }))
            {
                _vocabulary.Load(graph);
            }

            var impact = new ChangeImpact();
            impact.Add(batch, graph);
            Apply(impact, graph);
            Interlocked.Exchange(ref _appliedSequence, batch.Sequence);
        }
    }

    /// <summary>What the last <see cref="OnLoaded"/> did.</summary>
    public IndexStartup? LastStartup { get; private set; }

    /// <summary>Re-indexes what the change log says changed after <paramref name="indexed"/>; false when it cannot.</summary>
    private bool TryCatchUp(InnovationGraph graph, long indexed)
    {
        if (_changeLog is null)
        {
            return false;
        }

        var impact = new ChangeImpact();
        var expected = indexed + 1;
        try
        {
            while (expected <= graph.Sequence)
            {
                // Start-up runs on the graph's writer before anything is served; waiting here is what it is for.
                var batches = _changeLog.ReadChangesAsync(expected - 1, ChangePage).GetAwaiter().GetResult();
                if (batches.Count == 0 || batches[0].Sequence != expected)
                {
                    return false;
                }

                foreach (var batch in batches.TakeWhile(b => b.Sequence <= graph.Sequence))
                {
                    impact.Add(batch, graph);
                    expected = batch.Sequence + 1;
                }

                if (batches.Count < ChangePage)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogCatchUpFailed(e);
            return false;
        }

        if (expected <= graph.Sequence || impact.Stale.Count > RebuildShare * Searchable(graph).Count())
        {
            return false;
        }

        Apply(impact, graph);
        return true;
    }

    /// <summary>
    /// Replaces every document. Documents are built and analysed on all cores at once (the writer takes
    /// documents from several threads, each into its own segment buffer), which is most of the cost.
    /// </summary>
    private void Rebuild(InnovationGraph graph)
    {
        _tracking.DeleteAll();
        var texts = new TextCache(_analyzers.Index);
        Parallel.ForEach(Searchable(graph).ToArray(), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, node =>
        {
            if (DocumentBuilder.Build(graph, node, texts) is { } doc)
            {
                _tracking.AddDocument(doc);
            }
        });

        // One segment reads fastest (each query word is looked up once, not once per segment); merging the
        // fresh index costs a few seconds once, and near-real-time writes add small segments from here on.
        _writer.ForceMerge(1);
        Interlocked.Exchange(ref _generation, _tracking.Generation);
    }

    private void Apply(ChangeImpact impact, InnovationGraph graph)
    {
        foreach (var id in Renamed(impact.NamesToCheck, graph))
        {
            impact.AddDependants(graph, id);
        }

        if (impact.LookUpDependants.Count > 0)
        {
            impact.Stale.UnionWith(Dependants(impact.LookUpDependants));
        }

        // Many documents (an import, a catch-up) are built on all cores; a mutation's few on this thread.
        var stale = impact.Stale.ToArray();
        var parallelism = stale.Length >= 64 ? Environment.ProcessorCount : 1;
        var texts = new TextCache(_analyzers.Index);
        Parallel.ForEach(stale, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, id =>
        {
            var label = NodeLabels.FromId(id);
            if (graph.Find(id) is { } node && DocumentBuilder.Build(graph, node, texts) is { } doc)
            {
                _tracking.UpdateDocument(new Term(IndexFields.Id, id), doc);
            }
            else if (label is null || DocumentBuilder.IsSearchable(label.Value))
            {
                _tracking.DeleteDocuments(new Term(IndexFields.Id, id));
            }
        });

        Interlocked.Exchange(ref _generation, _tracking.Generation);
    }

    /// <summary>
    /// Those of <paramref name="ids"/> whose name or privacy differs from their indexed document (or that have
    /// none yet): the ones whose dependants copied something that changed.
    /// </summary>
    private List<string> Renamed(IReadOnlyCollection<string> ids, InnovationGraph graph) => ids.Count == 0 ? [] : Read(searcher =>
    {
        var renamed = new List<string>();
        var privateDocs = DocIds.With(searcher, new Term(IndexFields.Private, IndexFields.Yes)).ToHashSet();
        foreach (var id in ids)
        {
            var node = graph.Find(id);
            if (node is null || DocIds.Find(searcher, id) is not { } doc)
            {
                renamed.Add(id);
                continue;
            }

            var indexedName = StoredText.Get(searcher, doc, IndexFields.Name).FirstOrDefault();
            var indexedPrivate = privateDocs.Contains(doc);
            if (indexedName != node.DisplayName || indexedPrivate != (node is Organisation { IsPrivate: true } or Person { IsPrivate: true }))
            {
                renamed.Add(id);
            }
        }

        return renamed;
    });

    /// <summary>The documents that copied text or ids from these nodes, found by the ref field.</summary>
    private HashSet<string> Dependants(IReadOnlyCollection<string> ids) => Read(searcher =>
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(512))
        {
            var query = new BooleanQuery();
            foreach (var id in chunk)
            {
                query.Add(new TermQuery(new Term(IndexFields.Ref, id)), Occur.SHOULD);
            }

            var collector = new DocIdCollector();
            searcher.Search(new ConstantScoreQuery(query), collector);
            foreach (var doc in collector.Docs)
            {
                found.Add(DocIds.Get(searcher, doc));
            }
        }

        return found;
    });

    private static IEnumerable<Node> Searchable(InnovationGraph graph) =>
        new[] { NodeLabel.Organisation, NodeLabel.Person, NodeLabel.Capability, NodeLabel.Project, NodeLabel.Challenge }
            .SelectMany(graph.Nodes);

    private void LogStartup(IndexStartup startup) =>
        _logger.LogInformation("Search index {Kind} from sequence {From} to {To} in {Milliseconds} ms.",
            startup.Kind, startup.FromSequence, startup.ToSequence, (long)startup.Took.TotalMilliseconds);

    private void LogCatchUpFailed(Exception e) =>
        _logger.LogWarning(e, "Reading the change log to catch the search index up failed; rebuilding it from the graph instead.");
}
