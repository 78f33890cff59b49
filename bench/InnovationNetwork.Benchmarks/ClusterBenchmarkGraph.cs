using System.Runtime.CompilerServices;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Seed;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Benchmarks;

/// <summary>
/// A deterministic synthetic directory for the cluster benchmarks: the real seed (places, the 62-node
/// specialism tree, funders) plus N organisations, N/2 people and N/2 projects drawn from one seeded
/// <see cref="Random"/>, so the same (N, seed) always gives the same graph.
/// Shape, chosen to stress what cluster analytics walks:
/// <list type="bullet">
/// <item>organisations ordered by reach — universities (N/2000), research organisations (N/500), public bodies
///   (N/250), then businesses — and project partners drawn with index ⌊N·u³⌋, so the front takes part in
///   thousands of projects and most firms in one or none (heavy-tailed degrees);</item>
/// <item>half in the North East's seven authorities, half across the other UK regions; 1–3 specialisms each,
///   a second one usually from the first one's branch (so relatedness has structure), North East firms leaning
///   towards energy, health and advanced manufacturing (so location quotients differ from 1);</item>
/// <item>70% report employees, most of them better jobs too; projects of 2–12 partners, 2008–2024, 1–5 years,
///   80% applying to a partner's specialism; EUR with recorded contributions, or (1 in 10) GBP split equally;
///   half FUNDED_BY a seed funder.</item>
/// </list>
/// The CLI's <c>generate</c> (import issue) is the general generator; this one is kept here so the cluster
/// numbers in bench/RESULTS.md can be reproduced from this folder alone.
/// </summary>
public static class ClusterBenchmarkGraph
{
    public const string NorthEast = "place-E12000001";

    public static InnovationGraph Build(int organisations, int seed = 42)
    {
        var graph = new InnovationGraph();
        var changes = new List<Change>(SeedLoader.Load(SeedDirectory(), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        var seedNodes = changes.OfType<PutNode>().Select(p => p.Node).ToList();
        var specialisms = seedNodes.OfType<Specialism>().OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
        var parentOf = changes.OfType<Link>().Select(l => l.Relationship).Where(r => r.Type == RelationshipType.SUBSPECIALISM_OF)
            .ToDictionary(r => r.From, r => r.To, StringComparer.Ordinal);
        string TopOf(string id) => parentOf.TryGetValue(id, out var parent) ? TopOf(parent) : id;
        var branches = specialisms.GroupBy(s => TopOf(s.Id)).ToDictionary(g => g.Key, g => g.Select(s => s.Id).ToArray(), StringComparer.Ordinal);
        var places = seedNodes.OfType<Place>().ToArray();
        var authorities = places.Where(p => p.Level == PlaceLevel.LOCAL_AUTHORITY).Select(p => p.Id).Order(StringComparer.Ordinal).ToArray();
        var regions = places.Where(p => p.Level == PlaceLevel.REGION && p.Id != NorthEast).Select(p => p.Id).Order(StringComparer.Ordinal).ToArray();
        var funders = seedNodes.OfType<Organisation>().Where(o => o.Kind == OrganisationKind.FUNDER).Select(o => o.Id).Order(StringComparer.Ordinal).ToArray();
        string[] northEastLeanings = ["spec-energy", "spec-health-life-sciences", "spec-advanced-manufacturing"];

        var random = new Random(seed);
        var orgSpecialisms = new string[organisations][];
        int universities = Math.Max(3, organisations / 2000), research = Math.Max(2, organisations / 500), publicBodies = Math.Max(2, organisations / 250);
        for (var i = 0; i < organisations; i++)
        {
            var id = OrganisationId(i);
            var kind = i < universities ? OrganisationKind.UNIVERSITY
                : i < universities + research ? OrganisationKind.RESEARCH_ORGANISATION
                : i < universities + research + publicBodies ? OrganisationKind.PUBLIC_BODY
                : OrganisationKind.BUSINESS;
            var inNorthEast = random.NextDouble() < 0.5;
            var employees = kind == OrganisationKind.BUSINESS ? (int)Math.Exp(random.NextDouble() * 6) : 200 + random.Next(5000);
            Employment? employment = random.NextDouble() < 0.7
                ? new Employment(employees, random.NextDouble() < 0.8 ? (int)(employees * random.NextDouble()) : null, 2020 + random.Next(5), "synthetic")
                : null;
            changes.Add(new PutNode(new Organisation { Id = id, Name = $"Synthetic organisation {i}", Kind = kind, Employment = employment }));
            changes.Add(new Link(new Relationship(RelationshipType.LOCATED_IN, id,
                inNorthEast ? authorities[random.Next(authorities.Length)] : regions[random.Next(regions.Length)])));

            var first = inNorthEast && random.NextDouble() < 0.5
                ? Pick(random, branches[northEastLeanings[random.Next(northEastLeanings.Length)]])
                : specialisms[Skewed(random, specialisms.Length, 2)].Id;
            var mine = new List<string> { first };
            for (var extra = random.Next(3); extra > 0; extra--)
            {
                var next = random.NextDouble() < 0.7 ? Pick(random, branches[TopOf(first)]) : specialisms[random.Next(specialisms.Length)].Id;
                if (!mine.Contains(next))
                {
                    mine.Add(next);
                }
            }

            orgSpecialisms[i] = [.. mine];
            changes.AddRange(mine.Select(s => new Link(new Relationship(RelationshipType.SPECIALISES_IN, id, s))));
        }

        for (var p = 0; p < organisations / 2; p++)
        {
            var id = $"person-bench-{p:D7}";
            var employer = Skewed(random, organisations, 2);
            changes.Add(new PutNode(new Person { Id = id, Name = $"Synthetic person {p}" }));
            changes.Add(new Link(new Relationship(RelationshipType.WORKS_AT, id, OrganisationId(employer))));
            if (random.NextDouble() < 0.3)
            {
                changes.Add(new Link(new Relationship(RelationshipType.SPECIALISES_IN, id, Pick(random, orgSpecialisms[employer]))));
            }
        }

        for (var q = 0; q < organisations / 2; q++)
        {
            var id = $"project-bench-{q:D7}";
            var start = new DateOnly(2008, 1, 1).AddDays(random.Next(17 * 365));
            var partners = new HashSet<int>();
            for (var size = 2 + Math.Min(10, (int)(-Math.Log(1 - random.NextDouble()) * 3)); partners.Count < size;)
            {
                partners.Add(Skewed(random, organisations, 3));
            }

            var euros = random.NextDouble() >= 0.1;
            var funding = 50_000m + random.Next(2_000_000);
            changes.Add(new PutNode(new Project
            {
                Id = id,
                Title = $"Synthetic project {q}",
                StartDate = start,
                EndDate = start.AddDays(365 + random.Next(4 * 365)),
                Funding = new Money(funding, euros ? "EUR" : "GBP"),
            }));
            if (random.NextDouble() < 0.8)
            {
                changes.Add(new Link(new Relationship(RelationshipType.APPLIES_TO, id, Pick(random, orgSpecialisms[partners.First()]))));
            }

            if (random.NextDouble() < 0.5 && funders.Length > 0)
            {
                changes.Add(new Link(new Relationship(RelationshipType.FUNDED_BY, id, funders[random.Next(funders.Length)])));
            }

            foreach (var partner in partners)
            {
                changes.Add(new Link(new Relationship(RelationshipType.PARTICIPATES_IN, OrganisationId(partner), id)
                {
                    Amount = euros ? new Money(decimal.Round(funding / partners.Count, 2), "EUR") : null,
                }));
            }
        }

        graph.Apply(new ChangeBatch(1, DateTimeOffset.UnixEpoch, "bench", changes));
        return graph;
    }

    public static string OrganisationId(int index) => $"org-bench-{index:D7}";

    /// <summary>⌊n·u^power⌋: most draws land near the front.</summary>
    private static int Skewed(Random random, int n, int power) => Math.Min(n - 1, (int)(n * Math.Pow(random.NextDouble(), power)));

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string SeedDirectory([CallerFilePath] string path = "") =>
        SeedLoader.FindSeedDirectory([AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(path)!]);
}
