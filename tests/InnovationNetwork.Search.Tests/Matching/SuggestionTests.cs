using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Seed;
using InnovationNetwork.Search.Tests.Support;

namespace InnovationNetwork.Search.Tests.Matching;

public class SuggestionTests
{
    /// <summary>The real seed: its specialism tree and keywords are the vocabulary specialisms are suggested from.</summary>
    private static Changes Seed()
    {
        var changes = new Changes();
        changes.List.AddRange(SeedLoader.Load(Repository.SeedDirectory, DateTimeOffset.UnixEpoch));
        return changes;
    }

    [Fact]
    public async Task SubseaCableInspectionByRovReadsAsOffshoreRobotics()
    {
        await using var h = await SearchHarness.StartAsync(Seed());

        var suggestions = h.Index.SuggestSpecialisms("We need a remotely operated vehicle for subsea cable inspection.", 3);

        Assert.True(suggestions[0].SpecialismId == "spec-offshore-robotics", string.Join(" / ", suggestions.Select(s => $"{s.SpecialismId} {s.Confidence} {string.Join(",", s.Evidence)}")));
        Assert.Contains("rov", suggestions[0].Evidence);
        Assert.InRange(suggestions[0].Confidence, 0.5, 1.0);
    }

    [Fact]
    public async Task ClinicalTrialsForAgeingCareReadAsHealth()
    {
        await using var h = await SearchHarness.StartAsync(Seed());

        var suggestions = h.Index.SuggestSpecialisms("A clinical trial for an ageing-care device in care homes for older people.", 3);

        Assert.Contains(suggestions, s => h.Graph.Find(s.SpecialismId)!.DisplayName.Contains("geing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TextAboutNothingInTheTreeSuggestsNothing()
    {
        await using var h = await SearchHarness.StartAsync(Seed());

        Assert.Empty(h.Index.SuggestSpecialisms("Bread, cakes and pastries baked daily.", 3));
    }

    [Fact]
    public async Task MoreEvidenceMeansMoreConfidence()
    {
        await using var h = await SearchHarness.StartAsync(Seed());

        var one = h.Index.SuggestSpecialisms("cable inspection", 1)[0];
        var three = h.Index.SuggestSpecialisms("cable inspection with an ROV and blade repair by a crawler robot", 1)[0];

        Assert.Equal(one.SpecialismId, three.SpecialismId);
        Assert.True(three.Confidence > one.Confidence);
    }

    [Fact]
    public async Task AutocompleteCompletesOrganisationNamesAndSpecialisms()
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-durham", "Durham University")
            .Organisation("org-county", "County Durham Council")
            .Organisation("org-offshore", "Offshore Solutions"));

        var names = h.Index.Autocomplete("dur", 10, Viewer.Anonymous).Select(c => c.Text).ToArray();
        var offshore = h.Index.Autocomplete("offsh", 10, Viewer.Anonymous);

        Assert.Equal(["Durham University", "County Durham Council"], names);
        Assert.Contains(offshore, c => c is { Kind: CompletionKind.SPECIALISM, Id: World.OffshoreWind });
        Assert.Contains(offshore, c => c is { Kind: CompletionKind.ORGANISATION, Id: "org-offshore" });
    }

    [Fact]
    public async Task AutocompleteMatchesEveryWordTyped()
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-durham", "Durham University")
            .Organisation("org-newcastle", "Newcastle University"));

        Assert.Equal(["org-newcastle"], h.Index.Autocomplete("univ newc", 10, Viewer.Anonymous).Select(c => c.Id));
    }

    [Fact]
    public async Task AnOrganisationWithoutSpecialismsIsGivenTheOnesItsTextIsAboutMarkedInferred()
    {
        await using var h = await SearchHarness.StartAsync(Seed());
        var inference = new Inference.SpecialismInference(h.Index, null!, Microsoft.Extensions.Options.Options.Create(new SearchOptions()));
        await h.WriteAsync(new Changes().Organisation("org-new", "Deep Inspections Ltd",
            description: "ROV and AUV services for subsea cable inspection and blade repair offshore."));

        var links = inference.Infer(h.Graph, ["org-new"]).OfType<Link>().Select(l => l.Relationship).ToArray();

        var robotics = Assert.Single(links, r => r.To == "spec-offshore-robotics");
        Assert.Equal(RelationshipType.SPECIALISES_IN, robotics.Type);
        Assert.InRange(robotics.Confidence!.Value, 0.5, 1.0);
    }

    [Fact]
    public async Task AnOrganisationWithAStatedSpecialismIsLeftAlone()
    {
        await using var h = await SearchHarness.StartAsync(Seed());
        var inference = new Inference.SpecialismInference(h.Index, null!, Microsoft.Extensions.Options.Options.Create(new SearchOptions()));
        await h.WriteAsync(new Changes().Organisation("org-new", "Deep Inspections Ltd", description: "ROV and AUV cable inspection.", specialisms: ["spec-subsea"]));

        Assert.Empty(inference.Infer(h.Graph, ["org-new"]));
    }

    [Fact]
    public async Task OneGenericWordIsNotEnoughToInferASpecialism()
    {
        await using var h = await SearchHarness.StartAsync(Seed());
        var inference = new Inference.SpecialismInference(h.Index, null!, Microsoft.Extensions.Options.Options.Create(new SearchOptions()));
        await h.WriteAsync(new Changes().Organisation("org-new", "Tech Ltd", description: "Technology, technology, technology."));

        Assert.Empty(inference.Infer(h.Graph, ["org-new"]));
    }
}
