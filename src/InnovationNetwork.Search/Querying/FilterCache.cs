using System.Collections.Concurrent;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Matching;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Filters as bit sets cached per segment (a <see cref="CachingWrapperFilter"/> of <see cref="FixedBitSet"/>s), one per distinct filter
/// and kind of viewer: "organisations visible to anonymous callers" is asked by every match, and building
/// it from the postings of 100k documents each time costs more than the rest of a short search. New
/// segments (near-real-time writes) are cached as they appear; the cache is emptied when it grows past
/// <see cref="MaxEntries"/> distinct filters.
/// </summary>
internal sealed class FilterCache
{
    private const int MaxEntries = 1024;
    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    public Filter? Get(SearchFilter filter, Viewer viewer, IReadOnlyCollection<SearchableType>? types = null)
    {
        var key = Key(filter, viewer, types);
        if (_filters.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (FilterBuilder.Build(filter, viewer, types) is not { } built)
        {
            return null;
        }

        if (_filters.Count >= MaxEntries)
        {
            _filters.Clear();
        }

        return _filters.GetOrAdd(key, _ => new BitSetCachingFilter(built));
    }

    /// <summary>Caches each segment's documents as a <see cref="FixedBitSet"/>, which also answers "is this document in?" at random.</summary>
    private sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }

    private static string Key(SearchFilter filter, Viewer viewer, IReadOnlyCollection<SearchableType>? types) => string.Join('|',
        string.Join(',', (types ?? filter.Types).Order()),
        string.Join(',', filter.Kinds.Order()),
        string.Join(',', filter.Sizes.Order()),
        string.Join(',', filter.Specialisms.Order(StringComparer.Ordinal)),
        string.Join(',', filter.Places.Order(StringComparer.Ordinal)),
        filter.Trl?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        viewer.IsStaff ? "staff" : viewer is { Role: ViewerRole.Member, OrganisationId: { } organisation } ? "member:" + organisation : "public");
}
