using InnovationNetwork.Core.Seed;

namespace InnovationNetwork.Core.Tests.Seed;

public class SynonymsFileTests
{
    private static readonly List<string> Groups = File.ReadAllLines(Path.Combine(RepositorySeed.Directory, SeedLoader.SynonymsFile))
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .ToList();

    [Fact]
    public void TheSynonymsFileHasAtLeastSeventyGroups()
    {
        Assert.True(Groups.Count >= 70, $"{Groups.Count} groups");
    }

    [Fact]
    public void EveryGroupHasTwoOrMoreLowerCaseTermsOfLettersDigitsSpacesAndAmpersands()
    {
        Assert.All(Groups, g =>
        {
            var terms = g.Split(',').Select(t => t.Trim()).ToList();
            Assert.True(terms.Count >= 2, g);
            Assert.All(terms, t =>
            {
                Assert.NotEmpty(t);
                Assert.True(t.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is ' ' or '&'), $"'{t}' in '{g}'");
            });
        });
    }

    [Fact]
    public void TheRovAndOperationsAndMaintenanceGroupsArePresent()
    {
        Assert.Contains("rov, remotely operated vehicle", Groups.Select(g => string.Join(", ", g.Split(',').Select(t => t.Trim()).Take(2))));
        Assert.Contains(Groups, g => g.Contains("o&m") && g.Contains("o and m") && g.Contains("operations and maintenance"));
    }
}
