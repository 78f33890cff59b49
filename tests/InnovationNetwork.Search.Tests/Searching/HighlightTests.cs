using InnovationNetwork.Search.Tests.Support;

namespace InnovationNetwork.Search.Tests.Searching;

public class HighlightTests
{
    [Fact]
    public async Task HighlightsMarkTheMatchedWordsAndEscapeTheRest()
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-a", "Alpha <Subsea>", description: "We inspect subsea cables & pipelines for offshore wind farms."));

        var hit = Assert.Single(h.Search("cable inspection").Hits);

        var text = Assert.Single(hit.Highlights, x => x.Field == "text");
        Assert.Contains("<em>inspect</em>", text.Fragments[0]);
        Assert.Contains("<em>cables</em>", text.Fragments[0]);
        Assert.Contains("&amp;", text.Fragments[0]);
        Assert.DoesNotContain(hit.Highlights, x => x.Field == "name");
    }

    [Fact]
    public async Task AnAbbreviationIsMarkedWhenItsSpelledOutFormWasSearched()
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-a", "Alpha", description: "Our ROV fleet works to 3000 metres."));

        var hit = Assert.Single(h.Search("remotely operated vehicle").Hits);

        Assert.Contains("<em>ROV</em>", hit.Highlights.Single(x => x.Field == "text").Fragments[0]);
    }

    [Theory]
    [InlineData("ROV", "Inspection by remotely operated vehicles.", "<em>remotely operated vehicles</em>")]
    [InlineData("ROV", "Inspection by remotely operated véhicles.", "<em>remotely operated v&#233;hicles</em>")]
    [InlineData("inspection", "IMR campaigns for wind farms.", "<em>IMR</em>")]
    public async Task APhraseIsMarkedWhenAnEquivalentWasSearched(string search, string description, string marked)
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-a", "Alpha", description: description));

        var hit = Assert.Single(h.Search(search).Hits);

        Assert.Contains(marked, hit.Highlights.Single(x => x.Field == "text").Fragments[0]);
    }

    [Fact]
    public async Task AWordOfAnEquivalentPhraseIsNotMarkedOnItsOwn()
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-a", "Alpha", description: "An ROV team, operated from Blyth."));

        var hit = Assert.Single(h.Search("ROV").Hits);

        var fragment = hit.Highlights.Single(x => x.Field == "text").Fragments[0];
        Assert.Contains("<em>ROV</em>", fragment);
        Assert.DoesNotContain("<em>operated</em>", fragment);
    }

    [Fact]
    public async Task ProjectTextIsMarkedWhenNothingElseMatched()
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-a", "Alpha Engineering")
            .Project("project-x", "Autonomous hull cleaning", participants: "org-a"));

        var hit = h.Search("hull cleaning").Hits.Single(x => x.Id == "org-a");

        Assert.Contains("<em>hull</em> <em>cleaning</em>", Assert.Single(hit.Highlights, x => x.Field == "activity").Fragments[0]);
    }

    [Fact]
    public async Task AMisspeltWordMarksTheWordItWasTakenFor()
    {
        await using var h = await SearchHarness.StartAsync(World.Base()
            .Organisation("org-a", "Alpha", description: "Thermal imaging of turbine blades."));

        var hit = Assert.Single(h.Search("thermall").Hits);

        Assert.Contains("<em>Thermal</em>", hit.Highlights.Single(x => x.Field == "text").Fragments[0]);
    }
}
