using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Turns a filter and the viewer into a Lucene filter. Privacy is part of every filter for anyone but
/// staff: a private record is kept only for members of the organisations that own it, so it never
/// counts in hits, totals or facets for anyone else.
/// </summary>
internal static class FilterBuilder
{
    public static Filter? Build(SearchFilter filter, Viewer viewer, IReadOnlyCollection<SearchableType>? types = null)
    {
        var all = new BooleanQuery();
        AnyOf(all, IndexFields.Type, (types ?? filter.Types).Select(t => t.ToString()));
        AnyOf(all, IndexFields.Kind, filter.Kinds.Select(k => k.ToString()));
        AnyOf(all, IndexFields.Size, filter.Sizes.Select(s => s.ToString()));
        AnyOf(all, IndexFields.Specialism, filter.Specialisms);
        AnyOf(all, IndexFields.Place, filter.Places);
        if (filter.Trl is { } trl)
        {
            AnyOf(all, IndexFields.Trl, [trl.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (!viewer.IsStaff)
        {
            var visible = new BooleanQuery { { new TermQuery(new Term(IndexFields.Private, IndexFields.No)), Occur.SHOULD } };
            if (viewer is { Role: ViewerRole.Member, OrganisationId: { } organisation })
            {
                visible.Add(new TermQuery(new Term(IndexFields.Owner, organisation)), Occur.SHOULD);
            }

            all.Add(visible, Occur.MUST);
        }

        return all.Clauses.Count == 0 ? null : new QueryWrapperFilter(all);
    }

    private static void AnyOf(BooleanQuery all, string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        if (any.Clauses.Count > 0)
        {
            all.Add(any, Occur.MUST);
        }
    }
}
