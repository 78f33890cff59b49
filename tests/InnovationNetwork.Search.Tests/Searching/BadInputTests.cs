using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Search.Tests.Support;

namespace InnovationNetwork.Search.Tests.Searching;

public class BadInputTests
{
    private static Changes Directory() => World.Base()
        .Organisation("org-a", "Subsea Eyes", description: "Subsea cable inspection with ROVs.", specialisms: [World.Subsea])
        .Organisation("org-b", "Wind Care", description: "Wind turbine blade repair.", specialisms: [World.WindOperations]);

    [Theory]
    [InlineData("\"subsea cable")]
    [InlineData("subsea AND cable")]
    [InlineData("subsea OR NOT cable")]
    [InlineData("subsea*")]
    [InlineData("subsea xyzzy")]
    [InlineData("title:subsea")]
    [InlineData("subsea~2")]
    [InlineData("(subsea [cable")]
    [InlineData("subsea) cable}")]
    [InlineData("+subsea -cable ^2 \\ / ! && ||")]
    [InlineData("subsea\0cable")]
    public async Task QuerySyntaxIsReadAsPlainWords(string text)
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        var result = h.Search(text);

        Assert.Equal(["org-a"], result.Hits.Select(x => x.Id));
    }

    [Fact]
    public async Task TenKilobytesOfTextReturnsTheRecordsItIsAbout()
    {
        await using var h = await SearchHarness.StartAsync(Directory());
        var text = string.Concat(Enumerable.Repeat("We need subsea cable inspection for an export cable near the coast. ", 150));

        var result = h.Search(text);

        Assert.True(text.Length > 10_000);
        Assert.Equal("org-a", result.Hits[0].Id);
    }

    [Fact]
    public async Task TenKilobytesOfDifferentWordsStillAnswers()
    {
        await using var h = await SearchHarness.StartAsync(Directory());
        var text = string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"word{i}")) + " subsea";

        var result = h.Search(text);

        Assert.NotNull(result);
        Assert.True(result.SearchedTerms.Count <= 32);
    }

    [Theory]
    [InlineData("🚀🌊🤖")]
    [InlineData("the and of to")]
    [InlineData("\"\" () [] {} ***")]
    public async Task TextWithNoSearchableWordMatchesNothing(string text)
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        var result = h.Search(text);

        Assert.Empty(result.Hits);
        Assert.Equal(0, result.TotalCount);
    }

    [Fact]
    public async Task EmojiBesideWordsAreIgnored()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        Assert.Equal(["org-a"], h.Ids("🌊 subsea 🤖"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AnEmptyQueryListsEverything(string text)
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        Assert.Equal(2, h.Search(text).TotalCount);
    }

    [Fact]
    public async Task UnknownSpecialismAndPlaceIdsAreNamedInTheProblem()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        var problems = SearchChecks.Check(h.Graph, new SearchRequest("x") { Filter = new SearchFilter { Specialisms = ["spec-nope", World.Subsea], Places = ["place-atlantis"] } });

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(InputProblemCodes.UnknownId, p.Code));
        Assert.Contains("'spec-nope'", problems[0].Message);
        Assert.Equal("where.specialisms", problems[0].Field);
        Assert.Contains("'place-atlantis'", problems[1].Message);
    }

    [Fact]
    public async Task AnIdOfTheWrongKindIsNamedInTheProblem()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        var problem = Assert.Single(SearchChecks.Check(h.Graph, new SearchRequest("x") { Filter = new SearchFilter { Places = [World.Subsea] } }));

        Assert.Equal(InputProblemCodes.WrongIdType, problem.Code);
        Assert.Contains(World.Subsea, problem.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(-3)]
    public async Task ATrlOutsideOneToNineIsRejected(int trl)
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        var search = Assert.Single(SearchChecks.Check(h.Graph, new SearchRequest("x") { Filter = new SearchFilter { Trl = trl } }));
        var need = Assert.Single(NeedChecks.Check(h.Graph, new Need("x") { Trl = trl }));

        Assert.Equal(InputProblemCodes.TrlOutOfRange, search.Code);
        Assert.Equal("need.trl", need.Field);
    }

    [Fact]
    public async Task TextLongerThanTheLimitIsRejectedWithItsLength()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        var problem = Assert.Single(SearchChecks.Check(h.Graph, new SearchRequest(new string('a', SearchChecks.MaxTextLength + 1))));

        Assert.Equal(InputProblemCodes.TextTooLong, problem.Code);
        Assert.Contains((SearchChecks.MaxTextLength + 1).ToString(), problem.Message);
    }

    [Fact]
    public async Task APageTooDeepIsRejected()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        var problem = Assert.Single(SearchChecks.Check(h.Graph, new SearchRequest("x") { Offset = SearchChecks.MaxOffset + 1 }));

        Assert.Equal(InputProblemCodes.PageTooDeep, problem.Code);
    }

    [Fact]
    public async Task ANeedWithNothingToMatchOnIsRejected()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        Assert.Equal(NeedChecks.EmptyNeed, Assert.Single(NeedChecks.Check(h.Graph, new Need(" "))).Code);
        Assert.Empty(NeedChecks.Check(h.Graph, new Need("") { Specialisms = [World.Subsea] }));
    }

    [Theory]
    [InlineData("🚀")]
    [InlineData("the of and")]
    [InlineData("\"AND\" OR *")]
    public async Task ANeedWithNoSearchableWordMatchesNothingRatherThanFailing(string text)
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        Assert.Empty(h.Match(new Need(text)).Items);
    }

    [Fact]
    public async Task AutocompleteOfPunctuationOrNothingIsEmpty()
    {
        await using var h = await SearchHarness.StartAsync(Directory());

        Assert.Empty(h.Index.Autocomplete("", 10, Viewer.Anonymous));
        Assert.Empty(h.Index.Autocomplete("*?\"", 10, Viewer.Anonymous));
        Assert.Empty(h.Index.SuggestSpecialisms("", 5));
    }
}
