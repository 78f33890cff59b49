using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Indexing;

/// <summary>Reads a hit's node id from doc values (the index keeps no stored fields).</summary>
internal static class DocIds
{
    public const string Field = "id_dv";

    public static string Get(IndexSearcher searcher, int doc) => BinaryBytes(searcher, doc, Field)?.Utf8ToString() ?? "";

    /// <summary>The live document of a node (top-level number), looked up in the id field's terms without running a query.</summary>
    public static int? Find(IndexSearcher searcher, string id) => With(searcher, new Term(IndexFields.Id, id)).Cast<int?>().FirstOrDefault();

    /// <summary>The live documents holding a term (top-level numbers), in order.</summary>
    public static IEnumerable<int> With(IndexSearcher searcher, Term term)
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            if (leaf.AtomicReader.GetTermDocsEnum(term) is not { } docs)
            {
                continue;
            }

            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                yield return leaf.DocBase + doc;
            }
        }
    }

    /// <summary>The bytes of a document's binary doc value (empty when it has none), or null when no document has the field.</summary>
    public static BytesRef? BinaryBytes(IndexSearcher searcher, int doc, string field)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        if (leaf.AtomicReader.GetBinaryDocValues(field) is not { } values)
        {
            return null;
        }

        var bytes = new BytesRef();
        values.Get(doc - leaf.DocBase, bytes);
        return bytes;
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
