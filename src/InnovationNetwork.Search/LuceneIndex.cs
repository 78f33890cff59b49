using System.Globalization;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Ports;
using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Querying;
using InnovationNetwork.Search.Suggesting;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace InnovationNetwork.Search;

/// <summary>
/// The one owner of the Lucene index: it holds the directory, the <see cref="IndexWriter"/> (wrapped in a
/// <see cref="TrackingIndexWriter"/> that numbers each write's generation), the <see cref="SearcherManager"/>,
/// the near-real-time reopen thread and the commit timer, for the lifetime of the process.
/// <para>
/// Writes come only from the graph's single writer (<see cref="IGraphObserver"/>), in change-log order.
/// Searches acquire a searcher and release it; before acquiring, a search waits until the searcher
/// includes the generation of the last applied change, so a mutation's result is searchable as soon as
/// the mutation returns, and a long catch-up pays for one reopen instead of one per batch.
/// Commits are batched on a timer and carry the last applied change-log sequence in their user data, so
/// a restart catches up from the change log instead of rebuilding.
/// </para>
/// <para>Disposal order: commit timer, reopen thread, final commit, searcher manager, writer, analysers, directory.</para>
/// </summary>
public sealed partial class LuceneIndex : IGraphObserver, ISearchIndex, IDisposable
{
    /// <summary>Bump when documents change shape: an index written with another version is rebuilt.</summary>
    public const string SchemaVersion = "4";

    private const string SequenceKey = "sequence";
    private const string SchemaKey = "schema";

    private readonly LuceneDirectory _directory;
    private readonly DirectoryAnalyzers _analyzers;
    private readonly IndexWriter _writer;
    private readonly TrackingIndexWriter _tracking;
    private readonly SearcherManager _searchers;
    private readonly ControlledRealTimeReopenThread<IndexSearcher> _reopen;
    private readonly Timer _commitTimer;
    private readonly IGraphStore? _changeLog;
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _updateLock = new();
    private readonly System.Threading.Lock _commitLock = new();
    private readonly SpecialismVocabulary _vocabulary;
    private readonly SynonymTriggers _synonymTriggers;
    private readonly FilterCache _filters = new();

    private long _appliedSequence;
    private long _committedSequence;
    private long _generation;
    private long _visibleGeneration = -1;
    private bool _schemaChanged;
    private bool _disposed;
    private int _disposing;

    /// <summary>Opens (or creates) the index at <see cref="SearchOptions.IndexDirectory"/>.</summary>
    /// <param name="changeLog">Read at start-up to catch up; without it a stale index is rebuilt from the graph.</param>
    public LuceneIndex(SearchOptions options, SynonymSet synonyms, IGraphStore? changeLog = null, ILogger<LuceneIndex>? logger = null)
    {
        _changeLog = changeLog;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _analyzers = new DirectoryAnalyzers(synonyms.Map);
        _vocabulary = new SpecialismVocabulary(_analyzers, synonyms);
        _synonymTriggers = new SynonymTriggers(synonyms, _analyzers.Query);
        _directory = OpenDirectory(options);
        try
        {
            var config = new IndexWriterConfig(DirectoryAnalyzers.Version, _analyzers.Writer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = new BM25Similarity(),
                RAMBufferSizeMB = 48,
            };
            _writer = new IndexWriter(_directory, config);
        }
        catch (LockObtainFailedException e)
        {
            _directory.Dispose();
            throw new SearchIndexException(
                $"The search index at {options.IndexDirectory} is in use by another process; stop it or give this instance its own Search:IndexDirectory.", e);
        }

        ReadCommitData();
        _tracking = new TrackingIndexWriter(_writer);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
        _reopen = new ControlledRealTimeReopenThread<IndexSearcher>(_tracking, _searchers, targetMaxStaleSec: 1.0, targetMinStaleSec: 0.0)
        {
            IsBackground = true,
            Name = "InnovationNetwork search reopen",
        };
        _reopen.Start();
        _commitTimer = new Timer(_ => CommitOnTimer(), null, options.CommitInterval, options.CommitInterval);
    }

    /// <summary>The last change-log sequence applied to the index (searchable, perhaps not yet committed).</summary>
    public long Sequence => Interlocked.Read(ref _appliedSequence);

    /// <summary>The last change-log sequence written to disk.</summary>
    public long CommittedSequence => Interlocked.Read(ref _committedSequence);

    /// <summary>How many documents the index holds, as searches see it.</summary>
    public int DocumentCount => Read(s => s.IndexReader.NumDocs);

    /// <summary>Writes everything applied so far to disk with its sequence.</summary>
    public void Commit()
    {
        lock (_commitLock)
        {
            if (_disposed)
            {
                return;
            }

            var sequence = Interlocked.Read(ref _appliedSequence);
            if (sequence == _committedSequence && !_writer.HasUncommittedChanges())
            {
                return;
            }

            _writer.SetCommitData(new Dictionary<string, string>
            {
                [SequenceKey] = sequence.ToString(CultureInfo.InvariantCulture),
                [SchemaKey] = SchemaVersion,
            });
            _writer.Commit();
            Interlocked.Exchange(ref _committedSequence, sequence);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposing, 1) != 0)
        {
            return;
        }

        using (var stopped = new ManualResetEvent(false))
        {
            _commitTimer.Dispose(stopped);
            stopped.WaitOne();
        }

        _reopen.Dispose();
        Commit();
        lock (_commitLock)
        {
            _disposed = true;
        }

        _searchers.Dispose();
        _writer.Dispose(waitForMerges: true);
        _analyzers.Dispose();
        _directory.Dispose();
    }

    /// <summary>How many segments searches read (each costs a term lookup per query word and field).</summary>
    internal int SegmentCount => Read(s => s.IndexReader.Leaves.Count);

    /// <summary>Runs a read on a searcher that includes every change applied so far.</summary>
    internal T Read<T>(Func<IndexSearcher, T> read)
    {
        WaitForVisibility();
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private void WaitForVisibility()
    {
        var generation = Interlocked.Read(ref _generation);
        if (generation <= Interlocked.Read(ref _visibleGeneration))
        {
            return;
        }

        _reopen.WaitForGeneration(generation);
        long seen;
        while ((seen = Interlocked.Read(ref _visibleGeneration)) < generation
               && Interlocked.CompareExchange(ref _visibleGeneration, generation, seen) != seen)
        {
        }
    }

    private void CommitOnTimer()
    {
        try
        {
            Commit();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The next tick or the final commit tries again; the change log still holds what is missing.
            LogCommitFailed(e);
        }
    }

    private void ReadCommitData()
    {
        var data = _writer.CommitData;
        var isEmpty = _writer.NumDocs == 0 && (data is null || data.Count == 0);
        _schemaChanged = !isEmpty && (data is null || !data.TryGetValue(SchemaKey, out var schema) || schema != SchemaVersion);
        if (!_schemaChanged && data is not null && data.TryGetValue(SequenceKey, out var text)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            _appliedSequence = _committedSequence = sequence;
        }
    }

    private static LuceneDirectory OpenDirectory(SearchOptions options)
    {
        if (options.InMemory)
        {
            return new RAMDirectory();
        }

        if (string.IsNullOrWhiteSpace(options.IndexDirectory))
        {
            throw new SearchIndexException("Search:IndexDirectory is empty; give the index a folder or set Search:InMemory.");
        }

        try
        {
            var path = System.IO.Directory.CreateDirectory(options.IndexDirectory).FullName;
            return FSDirectory.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SearchIndexException($"The search index folder {options.IndexDirectory} cannot be created or opened: {e.Message}", e);
        }
    }

    private void LogCommitFailed(Exception e) =>
        _logger.LogWarning(e, "Committing the search index failed; it will be retried.");

    /// <summary>Every searcher scores with BM25, as the writer does.</summary>
    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        private static readonly Similarity Bm25 = new BM25Similarity();

        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Bm25 };
    }
}
