using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Indexing;

/// <summary>Reads a hit's node id from doc values, without loading its stored text.</summary>
internal static class DocIds
{
    public const string Field = "id_dv";

    public static string Get(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(Field);
        var bytes = new BytesRef();
        values.Get(doc - leaf.DocBase, bytes);
        return bytes.Utf8ToString();
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
