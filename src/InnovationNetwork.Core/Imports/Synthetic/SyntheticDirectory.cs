using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Imports.Synthetic;

/// <summary>
/// A deterministic synthetic directory over the seed's places and specialisms, for scale tests and
/// benchmarks. Shape: organisations are ordered by reach (universities and research centres first, then
/// public bodies, then businesses from large to micro), and project partners are drawn with a skew towards
/// the front, so a few universities take part in thousands of projects and most small firms in one or
/// none: the heavy-tailed degrees of real collaboration networks. Every entity is a pure function of
/// (seed, index), so batches stream without holding the directory in memory. Text is built from the
/// specialisms' own keywords, so search and matching have real words to work on.
/// </summary>
public sealed partial class SyntheticDirectory
{
    private readonly SyntheticOptions _options;
    private readonly Specialism[] _specialisms;
    private readonly string[] _localAuthorities;
    private readonly double[] _localAuthorityWeights;
    private readonly string[] _regions;
    private readonly string[] _funders;
    private readonly IReadOnlyList<Source> _sources;

    /// <param name="seedNodes">The seed's nodes: its specialisms, places and funders are what the directory links to.</param>
    public SyntheticDirectory(SyntheticOptions options, IEnumerable<Node> seedNodes)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(seedNodes);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Organisations, SyntheticOptions.MinOrganisations);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Organisations, SyntheticOptions.MaxOrganisations);
        _options = options;
        var nodes = seedNodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        _specialisms = [.. nodes.OfType<Specialism>().Where(s => s.Keywords.Count > 0)];
        var places = nodes.OfType<Place>().ToList();
        _localAuthorities = [.. places.Where(p => p.Level == PlaceLevel.LOCAL_AUTHORITY).Select(p => p.Id)];
        _regions = [.. places.Where(p => p.Level == PlaceLevel.REGION && p.NutsCode != "UKC").Select(p => p.Id)];
        _funders = [.. nodes.OfType<Organisation>().Where(o => o.Kind == OrganisationKind.FUNDER).Select(o => o.Id)];
        if (_specialisms.Length == 0 || _localAuthorities.Length == 0)
        {
            throw new ArgumentException("The seed must hold specialisms with keywords and local authorities.", nameof(seedNodes));
        }

        // Bigger authorities hold more firms: a fixed, gently falling weight by position is enough here.
        _localAuthorityWeights = [.. _localAuthorities.Select((_, i) => 1.0 / (1 + (0.15 * i)))];
        _sources = [new Source($"generate:{options.Seed}", options.At)];
    }

    public SyntheticOptions Options => _options;

    /// <summary>The directory as batches of changes, in an order where every link's ends exist by then.</summary>
    public IEnumerable<IReadOnlyList<Change>> Batches()
    {
        var batch = new List<Change>(_options.BatchSize + 256);
        var person = 0L;
        var capability = 0L;
        for (var i = 0; i < _options.Organisations; i++)
        {
            AddOrganisation(batch, i, ref person, ref capability);
            if (batch.Count >= _options.BatchSize)
            {
                yield return batch;
                batch = new List<Change>(_options.BatchSize + 256);
            }
        }

        for (var j = 0; j < _options.Projects; j++)
        {
            AddProject(batch, j);
            if (batch.Count >= _options.BatchSize)
            {
                yield return batch;
                batch = new List<Change>(_options.BatchSize + 256);
            }
        }

        for (var k = 0; k < _options.Challenges; k++)
        {
            AddChallenge(batch, k);
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    public static string OrganisationId(int index) => $"org-syn-{index:D7}";

    private OrganisationKind KindOf(int index) =>
        index < _options.Universities ? OrganisationKind.UNIVERSITY
        : index < _options.Hubs ? OrganisationKind.RESEARCH_ORGANISATION
        : index < _options.Hubs + _options.PublicBodies ? OrganisationKind.PUBLIC_BODY
        : OrganisationKind.BUSINESS;

    /// <summary>Businesses from large to micro: 2% large, 6% medium, 17% small, 75% micro.</summary>
    private OrganisationSize? SizeOf(int index)
    {
        if (KindOf(index) != OrganisationKind.BUSINESS)
        {
            return index < _options.Hubs ? OrganisationSize.LARGE : null;
        }

        var rank = (double)(index - _options.Hubs - _options.PublicBodies) / _options.Businesses;
        return rank < 0.02 ? OrganisationSize.LARGE : rank < 0.08 ? OrganisationSize.MEDIUM : rank < 0.25 ? OrganisationSize.SMALL : OrganisationSize.MICRO;
    }

    /// <summary>1–3 specialisms, popular ones more often (the list is in a seed-fixed order, drawn with a skew).</summary>
    private Specialism[] SpecialismsOf(int organisation)
    {
        var random = SyntheticRandom.For(_options.Seed, 1, organisation);
        var count = 1 + random.Next(KindOf(organisation) == OrganisationKind.UNIVERSITY ? 6 : 3);
        var chosen = new List<Specialism>(count);
        for (var attempt = 0; chosen.Count < count && attempt < 10; attempt++)
        {
            var s = _specialisms[(random.Skewed(_specialisms.Length, 1.6) + _options.Seed) % _specialisms.Length];
            if (!chosen.Contains(s))
            {
                chosen.Add(s);
            }
        }

        return [.. chosen];
    }

    private string PlaceOf(int organisation)
    {
        var random = SyntheticRandom.For(_options.Seed, 2, organisation);
        if (_regions.Length > 0 && random.NextDouble() < 0.15)
        {
            return random.Pick(_regions);
        }

        var target = random.NextDouble() * _localAuthorityWeights.Sum();
        for (var i = 0; i < _localAuthorities.Length; i++)
        {
            target -= _localAuthorityWeights[i];
            if (target <= 0)
            {
                return _localAuthorities[i];
            }
        }

        return _localAuthorities[^1];
    }

    private static string Keywords(ref SyntheticRandom random, Specialism[] specialisms, int count, out List<string> picked)
    {
        picked = [];
        for (var attempt = 0; picked.Count < count && attempt < count * 4; attempt++)
        {
            var keyword = random.Pick(random.Pick(specialisms).Keywords);
            if (!picked.Contains(keyword))
            {
                picked.Add(keyword);
            }
        }

        return picked.Count switch
        {
            0 => "",
            1 => picked[0],
            _ => $"{string.Join(", ", picked.Take(picked.Count - 1))} and {picked[^1]}",
        };
    }
}
