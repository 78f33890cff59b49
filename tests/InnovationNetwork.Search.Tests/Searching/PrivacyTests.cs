using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Search.Tests.Support;

namespace InnovationNetwork.Search.Tests.Searching;

public class PrivacyTests
{
    private static readonly Viewer Member = new(ViewerRole.Member, "org-stealth");
    private static readonly Viewer OtherMember = new(ViewerRole.Member, "org-open");
    private static readonly Viewer Staff = new(ViewerRole.Staff);

    private static Changes Directory() => World.Base()
        .Organisation("org-open", "Open Robotics", description: "Subsea robots.", specialisms: [World.Subsea])
        .Organisation("org-stealth", "Stealth Robotics", description: "Subsea robots in secret.", isPrivate: true, specialisms: [World.Subsea])
        .Capability("cap-secret", "Subsea robot hire", "org-stealth", "Robots for hire.")
        .Person("person-quiet", "Quinn Robotics", worksAt: "org-open", jobTitle: "Subsea robot engineer", isPrivate: true)
        .Challenge("challenge-hidden", "Subsea robot docking", postedBy: "org-stealth", isPrivate: true);

    [Fact]
    public async Task PrivateRecordsAreLeftOutOfAnonymousHitsTotalsAndFacets()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        var result = h.Search("subsea robot");

        Assert.Equal(["cap-secret", "org-open"], result.Hits.Select(x => x.Id).Order());
        Assert.Equal(2, result.TotalCount);
        Assert.Equal(2, result.Facets.Single(f => f.Field == "type").Values.Sum(v => v.Count));
        Assert.Equal(1, result.Facets.Single(f => f.Field == "spec").Values.Single(v => v.Value == World.Subsea).Count);
    }

    [Fact]
    public async Task MembersSeeTheirOwnOrganisationsPrivateRecordsAndNoOneElses()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        Assert.Equal(["cap-secret", "challenge-hidden", "org-open", "org-stealth"], h.Ids("subsea robot", viewer: Member).Order());
        Assert.Equal(["cap-secret", "org-open", "person-quiet"], h.Ids("subsea robot", viewer: OtherMember).Order());
    }

    [Fact]
    public async Task StaffSeeEverything()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        Assert.Equal(5, h.Search("subsea robot", viewer: Staff).TotalCount);
    }

    [Fact]
    public async Task APrivateOrganisationsNameDoesNotLeakThroughItsPublicCapability()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        // The capability is public, but its document never carries the private owner's name.
        Assert.Empty(h.Ids("stealth"));
        Assert.Equal(["org-stealth"], h.Ids("stealth", viewer: Staff));
    }

    [Fact]
    public async Task MakingAnOrganisationPrivateHidesItAtOnce()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        await h.WriteAsync(new Changes().Put(new Core.Organisations.Organisation { Id = "org-open", Name = "Open Robotics", IsPrivate = true, Version = 2 }));

        Assert.DoesNotContain("org-open", h.Ids("robotics"));
    }

    [Fact]
    public async Task AutocompleteHidesPrivateNames()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        Assert.Equal(["org-open"], h.Index.Autocomplete("rob", 10, Viewer.Anonymous).Where(c => c.Kind != CompletionKind.SPECIALISM).Select(c => c.Id).Where(id => id.StartsWith("org")));
        Assert.Contains(h.Index.Autocomplete("stea", 10, Member), c => c.Id == "org-stealth");
        Assert.Empty(h.Index.Autocomplete("stea", 10, Viewer.Anonymous));
    }

    [Fact]
    public async Task MatchingNeverOffersAPrivateOrganisationToOthers()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        var matches = h.Match(new Need("subsea robots")).Items.Select(m => m.Organisation.Id).ToArray();
        var own = h.Match(new Need("subsea robots"), Staff).Items.Select(m => m.Organisation.Id).ToArray();

        Assert.Equal(["org-open"], matches);
        Assert.Contains("org-stealth", own);
    }

    [Fact]
    public async Task MoreLikeThisNeverOffersAPrivateOrganisation()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        Assert.Empty(h.Similar.Find(h.Graph, Viewer.Anonymous, "org-open", 10));
        Assert.Equal(["org-stealth"], h.Similar.Find(h.Graph, Staff, "org-open", 10).Select(m => m.Organisation.Id));
    }
}
