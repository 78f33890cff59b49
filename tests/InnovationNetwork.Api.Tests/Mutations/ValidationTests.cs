using System.Text.Json;
using InnovationNetwork.Api.Tests.Auth;

namespace InnovationNetwork.Api.Tests.Mutations;

/// <summary>
/// Every validation rule answers with its UserError (field path, code, message) in the payload, through HTTP,
/// and nothing is written: the store's change log stays at the same sequence.
/// </summary>
public sealed class ValidationTests(AuthApiFactory factory) : IClassFixture<AuthApiFactory>
{
    private const string Newcastle = "org-newcastle-university";
    private readonly HttpClient _client = factory.CreateClient();

    private Caller Member => Caller.Member(_client, Newcastle, "ncl-editor");

    private Caller Staff => Caller.Staff(_client, "lep-staff");

    /// <summary>Runs the mutation, checks that nothing was written, and returns its one error as "field CODE".</summary>
    private async Task<string> OnlyErrorAsync(Caller caller, string mutation, object input)
    {
        var before = await factory.Store.CurrentSequenceAsync();
        var errors = await caller.ErrorsOfAsync(mutation, input);
        Assert.Equal(before, await factory.Store.CurrentSequenceAsync());
        var error = Assert.Single(errors.EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        var field = error.GetProperty("field");
        return (field.ValueKind == JsonValueKind.Null ? "" : string.Join('.', field.EnumerateArray().Select(f => f.GetString())) + " ")
            + error.GetProperty("code").GetString();
    }

    [Fact]
    public async Task ABlankNameIsRequired() =>
        Assert.Equal("name REQUIRED", await OnlyErrorAsync(Staff, "registerOrganisation", new { name = "   " }));

    [Fact]
    public async Task AnInvalidEmailIsInvalid() =>
        Assert.Equal("email INVALID", await OnlyErrorAsync(Staff, "registerOrganisation", new { name = "Mail Co", email = "mail at example" }));

    [Fact]
    public async Task AnInvalidWebAddressIsInvalid() =>
        Assert.Equal("website INVALID", await OnlyErrorAsync(Staff, "registerOrganisation", new { name = "Web Co", website = "www dot example" }));

    [Fact]
    public async Task AWebsiteAlreadyRegisteredIsADuplicate() =>
        Assert.Equal("website DUPLICATE", await OnlyErrorAsync(Member, "registerOrganisation", new { name = "Newcastle Again", website = "https://www.ncl.ac.uk/" }));

    [Theory]
    [InlineData(0, 4, "trlMin")]
    [InlineData(4, 10, "trlMax")]
    public async Task ATrlOutsideOneToNineIsOutOfRange(int trlMin, int trlMax, string field) =>
        Assert.Equal($"{field} OUT_OF_RANGE", await OnlyErrorAsync(Member, "offerCapability", new { offeredBy = Newcastle, name = "Testing", trlMin, trlMax }));

    [Fact]
    public async Task ATrlSoughtOutsideOneToNineIsOutOfRange() =>
        Assert.Equal("trlSought OUT_OF_RANGE", await OnlyErrorAsync(Member, "postChallenge", new { organisation = Newcastle, title = "Need", trlSought = 11 }));

    [Fact]
    public async Task AnEndDateBeforeTheStartDateIsOutOfRange() =>
        Assert.Equal("endDate OUT_OF_RANGE", await OnlyErrorAsync(Member, "registerProject",
            new { organisation = Newcastle, title = "Backwards", startDate = "2025-06-01", endDate = "2025-01-01" }));

    [Fact]
    public async Task NegativeMoneyIsOutOfRange() =>
        Assert.Equal("budget OUT_OF_RANGE", await OnlyErrorAsync(Member, "postChallenge",
            new { organisation = Newcastle, title = "Cheap", budget = new { amount = -1, currency = "GBP" } }));

    [Fact]
    public async Task AnUnknownIdIsNotFound() =>
        Assert.Equal("id NOT_FOUND", await OnlyErrorAsync(Staff, "updateOrganisationProfile", new { id = "org-nowhere", version = 1, name = "X" }));

    [Fact]
    public async Task AnUnknownSpecialismIsNotFoundAtItsPosition() =>
        Assert.Equal("specialisms.1 NOT_FOUND", await OnlyErrorAsync(Staff, "registerOrganisation",
            new { name = "Spec Co", specialisms = new[] { "spec-energy", "spec-basket-weaving" } }));

    [Fact]
    public async Task JoiningAProjectTwiceIsADuplicate()
    {
        const string project = "project-offshore-robotics-test-site-northumberland";
        Assert.Equal(0, (await Member.ErrorsOfAsync("joinProject", new { project, participant = Newcastle, role = "partner" })).GetArrayLength());

        Assert.Equal("participant DUPLICATE", await OnlyErrorAsync(Member, "joinProject", new { project, participant = Newcastle }));
    }

    [Fact]
    public async Task AMemberEditingSomeoneElsesRecordIsForbidden() =>
        Assert.Equal("FORBIDDEN", await OnlyErrorAsync(Member, "updateOrganisationProfile", new { id = "org-durham-university", version = 1, name = "Taken" }));

    [Fact]
    public async Task AnUpdateFromAVersionThatMovedIsAVersionConflict()
    {
        var version = (await Member.MutateAsync("updateOrganisationProfile", "organisation", new { id = Newcastle, version = await VersionAsync(Newcastle), description = "First." }))
            .GetProperty("version").GetInt32();

        Assert.Equal("version VERSION_CONFLICT", await OnlyErrorAsync(Member, "updateOrganisationProfile", new { id = Newcastle, version = version - 1, description = "Stale." }));
    }

    [Fact]
    public async Task AMissingRequiredInputFieldIsAGraphQLErrorAndNothingRuns()
    {
        var before = await factory.Store.CurrentSequenceAsync();

        var response = await Staff.SendAsync("mutation { registerOrganisation(input: { kind: BUSINESS }) { errors { code } } }");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await factory.Store.CurrentSequenceAsync());
    }

    private async Task<int> VersionAsync(string id) =>
        (await Staff.DataAsync("node", "query($id: ID!) { node(id: $id) { ... on Organisation { version } } }", new { id })).GetProperty("version").GetInt32();
}
