using InnovationNetwork.Api.Tests.Auth;

namespace InnovationNetwork.Api.Tests.Mutations;

/// <summary>Every change made through a mutation says who made it: in the change log and on the records it wrote.</summary>
public sealed class ProvenanceTests(AuthApiFactory factory) : IClassFixture<AuthApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AMutationIsLoggedAsTheUserAndTheRecordNamesTheUserAsASource()
    {
        var member = Caller.Member(_client, "org-teesside-university", "tees-editor");

        var capability = await member.MutateAsync("offerCapability", "capability",
            new { offeredBy = "org-teesside-university", name = "Digital twin prototyping", kind = "SERVICE", trlMin = 3, trlMax = 6 },
            selection: "id version sources { name at }");

        var batch = (await factory.Store.ReadChangesAsync(await factory.Store.CurrentSequenceAsync() - 1, 1)).Single();
        Assert.Equal("user:tees-editor", batch.Actor);
        Assert.Equal("user:tees-editor", capability.GetProperty("sources")[0].GetProperty("name").GetString());
        Assert.Equal("cap-digital-twin-prototyping", capability.GetProperty("id").GetString());
    }
}
