using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Storage.Tests.Contract;

// Round trips: what is written is read back exactly, property for property.
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task EveryKindOfNodeIsReadBackExactlyAsWritten()
    {
        await using var store = await OpenStoreAsync("main");
        var nodes = SampleNodes.OneOfEachKind();

        await PutAsync(store, [.. nodes]);

        var contents = await GraphContents.ReadAsync(store);
        Assert.Equal(GraphContents.NodesToJson(nodes), contents.NodesJson);
        Assert.Equal(nodes.ToDictionary(n => n.Id, n => n.GetType()), contents.Nodes.ToDictionary(n => n.Id, n => n.GetType()));
    }

    [Fact]
    public async Task NodesWithOnlyTheirRequiredPropertiesAreReadBackWithTheirNullsAndEmptyLists()
    {
        await using var store = await OpenStoreAsync("main");
        var nodes = SampleNodes.OneOfEachKindSparse();

        await PutAsync(store, [.. nodes]);

        Assert.Equal(GraphContents.NodesToJson(nodes), (await GraphContents.ReadAsync(store)).NodesJson);
    }

    [Fact]
    public async Task TextIsKeptExactlyWithEmojiWelshAccentsControlCharactersAndAHundredKilobytes()
    {
        await using var store = await OpenStoreAsync("main");
        var text = SampleText.HundredKilobytes();
        var project = SampleNodes.Project() with { Abstract = text, Title = SampleText.Awkward, Acronym = SampleText.Emoji };

        await PutAsync(store, project);

        var read = Assert.IsType<Core.Projects.Project>((await GraphContents.ReadAsync(store)).Find(project.Id));
        Assert.True(text.Length >= 100 * 1024);
        Assert.Equal(text, read.Abstract);
        Assert.Equal(SampleText.Awkward, read.Title);
        Assert.Equal(SampleText.Emoji, read.Acronym);
    }

    [Fact]
    public async Task MoneyKeepsItsExactDecimalAmountAndCurrency()
    {
        await using var store = await OpenStoreAsync("main");
        decimal[] amounts = [1234567.89m, 0.01m, 100.50m, 79228162514264337593543950335m, -42.125m];
        var challenges = amounts
            .Select((amount, i) => SampleNodes.Challenge($"challenge-money-{i}") with { Budget = new Money(amount, i % 2 == 0 ? "EUR" : "GBP") })
            .ToArray();

        await PutAsync(store, challenges);

        var contents = await GraphContents.ReadAsync(store);
        foreach (var challenge in challenges)
        {
            var read = Assert.IsType<Core.Challenges.Challenge>(contents.Find(challenge.Id));
            Assert.Equal(challenge.Budget, read.Budget);
            Assert.Equal(challenge.Budget!.Amount.Scale, read.Budget!.Amount.Scale);
        }
    }

    [Fact]
    public async Task EveryRelationshipTypeIsReadBackWithItsRoleAmountAndConfidence()
    {
        await using var store = await OpenStoreAsync("main");
        var relationships = SampleRelationships.OneOfEachType();
        Assert.Equal(Enum.GetValues<RelationshipType>().Length, relationships.Select(r => r.Type).Distinct().Count());

        await PutAsync(store, [.. SampleRelationships.Endpoints()]);
        await LinkAsync(store, [.. relationships]);

        var contents = await GraphContents.ReadAsync(store);
        Assert.Equal(GraphContents.RelationshipsToJson(relationships), contents.RelationshipsJson);
        Assert.Equal(GraphContents.NodesToJson(SampleRelationships.Endpoints()), contents.NodesJson);
    }

    [Fact]
    public async Task ABatchOfTenThousandChangesIsAppendedAtOnceAndReadBack()
    {
        await using var store = await OpenStoreAsync("main");
        var place = SampleNodes.Place();
        var businesses = Enumerable.Range(1, 5_000).Select(i => SampleNodes.Business(i)).ToList();
        var changes = new List<Change> { new PutNode(place) };
        changes.AddRange(businesses.Select(b => new PutNode(b)));
        changes.AddRange(businesses.Select(b => new Link(new Relationship(RelationshipType.LOCATED_IN, b.Id, place.Id))));

        var sequence = await store.AppendAsync(Actor, changes);

        var contents = await GraphContents.ReadAsync(store);
        Assert.Equal(1, sequence);
        Assert.Equal(5_001, contents.Nodes.Count);
        Assert.Equal(GraphContents.NodesToJson([place, .. businesses]), contents.NodesJson);
        var batch = Assert.Single(await store.ReadChangesAsync(0, 10));
        Assert.Equal(10_001, batch.Changes.Count);
    }
}
