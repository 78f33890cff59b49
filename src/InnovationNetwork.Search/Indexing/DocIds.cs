using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Indexing;

/// <summary>Reads a hit's node id from doc values (the index keeps no stored fields).</summary>
internal static class DocIds
{
    public const string Field = "id_dv";

    public static string Get(IndexSearcher searcher, int doc) => BinaryValue(searcher, doc, Field) ?? "";

    /// <summary>A document's value of a binary doc-values field (top-level document number), or null when it has none.</summary>
    public static string? BinaryValue(IndexSearcher searcher, int doc, string field)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        if (leaf.AtomicReader.GetBinaryDocValues(field) is not { } values)
        {
            return null;
        }

        var bytes = new BytesRef();
        values.Get(doc - leaf.DocBase, bytes);
        return bytes.Length == 0 ? null : bytes.Utf8ToString();
    }
}

/// <summary>Collects the ids of matching documents, in no order.</summary>
internal sealed class DocIdCollector : ICollector
{
    private int _base;

    public List<int> Docs { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

    public void Collect(int doc) => Docs.Add(_base + doc);
}
