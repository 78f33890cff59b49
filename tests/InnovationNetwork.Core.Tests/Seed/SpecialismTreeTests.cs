using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Tests.Seed;

public class SpecialismTreeTests
{
    private static readonly Dictionary<string, string> ParentOf = RepositorySeed.Relationships
        .Where(r => r.Type == RelationshipType.SUBSPECIALISM_OF)
        .ToDictionary(r => r.From, r => r.To);

    [Fact]
    public void TheTreeHasAtLeastFortyFiveSpecialisms()
    {
        Assert.True(RepositorySeed.All<Specialism>().Count() >= 45);
    }

    [Fact]
    public void TheTreeIsThreeLevelsDeepAndHasNoCycles()
    {
        var depths = RepositorySeed.All<Specialism>().Select(s => Depth(s.Id)).ToList();

        Assert.Equal(3, depths.Max());
    }

    [Fact]
    public void OffshoreRoboticsSitsUnderOffshoreWindUnderEnergy()
    {
        Assert.Equal("spec-offshore-wind", ParentOf["spec-offshore-robotics"]);
        Assert.Equal("spec-energy", ParentOf["spec-offshore-wind"]);
    }

    [Fact]
    public void EverySpecialismHasFiveToFifteenDistinctLowerCaseKeywordsAndADescription()
    {
        Assert.All(RepositorySeed.All<Specialism>(), s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Description), s.Id);
            Assert.InRange(s.Keywords.Count, 5, 15);
            Assert.Equal(s.Keywords.Count, s.Keywords.Distinct().Count());
            Assert.All(s.Keywords, k => Assert.Equal(k.ToLowerInvariant(), k));
        });
    }

    // Counts the levels from the specialism to its root; a cycle would never reach one.
    private static int Depth(string id)
    {
        var seen = new HashSet<string>();
        var depth = 1;
        while (ParentOf.TryGetValue(id, out var parent))
        {
            Assert.True(seen.Add(id), $"The specialism tree has a cycle through '{id}'.");
            id = parent;
            depth++;
        }

        return depth;
    }
}
