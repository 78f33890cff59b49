using System.Text;
using System.Text.Json;
using InnovationNetwork.Api.Tests.Auth;

namespace InnovationNetwork.Api.Tests.Mutations;

/// <summary>The four kinds of caller the matrix runs every operation as.</summary>
public enum Role
{
    Anonymous,
    MemberOfAnotherOrganisation,
    Member,
    Staff,
}

/// <summary>
/// One cell's world: a fresh organisation the "member" belongs to, the caller of the cell's role, staff to set
/// things up, and a word that keeps this cell's names apart from every other's.
/// </summary>
public sealed record MatrixCell(Caller As, Caller Staff, string Organisation, string Unique)
{
    /// <summary>Runs a mutation as the cell's caller: true when it succeeded, false when FORBIDDEN; any other error fails the test.</summary>
    public async Task<bool> MutationAsync(string mutation, object input)
    {
        var errors = await As.ErrorsOfAsync(mutation, input);
        if (errors.GetArrayLength() == 0)
        {
            return true;
        }

        var codes = errors.EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToArray();
        Assert.True(codes is ["FORBIDDEN"], $"{As.Name} {mutation}: expected success or FORBIDDEN, got {errors}");
        return false;
    }

    /// <summary>Reads one field as the cell's caller: true when it has a value, false when it is null.</summary>
    public async Task<bool> ValueAsync(string query, params string[] path)
    {
        var value = (await As.PostAsync(query)).GetProperty("data");
        foreach (var step in path)
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                return false;
            }

            value = value.GetProperty(step);
        }

        return value.ValueKind != JsonValueKind.Null;
    }

    /// <summary>Runs a query as the cell's caller: true without errors, false when refused with FORBIDDEN.</summary>
    public async Task<bool> QueryAsync(string query)
    {
        var json = await As.PostAsync(query);
        if (!json.TryGetProperty("errors", out var errors))
        {
            return true;
        }

        Assert.True(errors.EnumerateArray().All(e => e.GetProperty("extensions").GetProperty("code").GetString() == "FORBIDDEN"),
            $"{As.Name}: expected data or FORBIDDEN, got {errors}");
        return false;
    }

    public async Task<string> SetUpAsync(string mutation, string resultField, object input) =>
        (await Staff.MutateAsync(mutation, resultField, input, selection: "id")).GetProperty("id").GetString()!;
}

/// <summary>
/// One row of the authorization matrix: an operation, what it acts on, who may do it, and how to try it. The README's
/// "Roles and permissions" table is printed from these rows, so the table and the test cannot drift apart.
/// </summary>
public sealed record MatrixRow(string Operation, string Acts, bool Anonymous, bool OtherMember, bool Member, bool Staff, Func<MatrixCell, Task<bool>> Try)
{
    public bool Expected(Role role) => role switch
    {
        Role.Anonymous => Anonymous,
        Role.MemberOfAnotherOrganisation => OtherMember,
        Role.Member => Member,
        _ => Staff,
    };

    public override string ToString() => Operation;
}

public static class AuthorizationMatrix
{
    private const bool Y = true;
    private const bool N = false;

    public static readonly IReadOnlyList<MatrixRow> Rows =
    [
        new("registerOrganisation", "a new organisation", N, Y, Y, Y,
            c => c.MutationAsync("registerOrganisation", new { name = $"New {c.Unique}" })),
        new("updateOrganisationProfile", "the organisation's profile", N, N, Y, Y,
            c => c.MutationAsync("updateOrganisationProfile", new { id = c.Organisation, version = 1, description = "Edited." })),
        new("registerResearcher", "a person at the organisation", N, N, Y, Y,
            c => c.MutationAsync("registerResearcher", new { organisation = c.Organisation, name = $"Researcher {c.Unique}" })),
        new("updateResearcherProfile", "the profile of a person there", N, N, Y, Y, async c =>
        {
            var person = await c.SetUpAsync("registerResearcher", "person", new { organisation = c.Organisation, name = $"Person {c.Unique}" });
            return await c.MutationAsync("updateResearcherProfile", new { id = person, version = 1, jobTitle = "Engineer" });
        }),
        new("offerCapability", "a capability of the organisation", N, N, Y, Y,
            c => c.MutationAsync("offerCapability", new { offeredBy = c.Organisation, name = $"Capability {c.Unique}" })),
        new("withdrawCapability", "the organisation's capability", N, N, Y, Y, async c =>
        {
            var capability = await c.SetUpAsync("offerCapability", "capability", new { offeredBy = c.Organisation, name = $"Capability {c.Unique}" });
            return await c.MutationAsync("withdrawCapability", new { id = capability });
        }),
        new("postChallenge", "a challenge of the organisation", N, N, Y, Y,
            c => c.MutationAsync("postChallenge", new { organisation = c.Organisation, title = $"Challenge {c.Unique}" })),
        new("updateChallenge", "the organisation's challenge", N, N, Y, Y, async c =>
        {
            var challenge = await c.SetUpAsync("postChallenge", "challenge", new { organisation = c.Organisation, title = $"Challenge {c.Unique}" });
            return await c.MutationAsync("updateChallenge", new { id = challenge, version = 1, trlSought = 5 });
        }),
        new("closeChallenge", "the organisation's challenge", N, N, Y, Y, async c =>
        {
            var challenge = await c.SetUpAsync("postChallenge", "challenge", new { organisation = c.Organisation, title = $"Challenge {c.Unique}" });
            return await c.MutationAsync("closeChallenge", new { id = challenge });
        }),
        new("registerProject", "a project the organisation takes part in", N, N, Y, Y,
            c => c.MutationAsync("registerProject", new { organisation = c.Organisation, title = $"Project {c.Unique}" })),
        new("joinProject", "the organisation's participation", N, N, Y, Y, async c =>
        {
            var project = await c.SetUpAsync("registerProject", "project", new { organisation = "org-durham-university", title = $"Project {c.Unique}" });
            return await c.MutationAsync("joinProject", new { project, participant = c.Organisation, role = "partner" });
        }),
        new("leaveProject", "the organisation's participation", N, N, Y, Y, async c =>
        {
            var project = await c.SetUpAsync("registerProject", "project", new { organisation = c.Organisation, title = $"Project {c.Unique}" });
            return await c.MutationAsync("leaveProject", new { project, participant = c.Organisation });
        }),
        new("addSpecialism", "the specialism tree", N, N, N, Y,
            c => c.MutationAsync("addSpecialism", new { name = $"Specialism {c.Unique}", parent = "spec-energy" })),
        new("moveSpecialism", "the specialism tree", N, N, N, Y, async c =>
        {
            var specialism = await c.SetUpAsync("addSpecialism", "specialism", new { name = $"Specialism {c.Unique}" });
            return await c.MutationAsync("moveSpecialism", new { id = specialism, parent = "spec-energy" });
        }),
        new("mergeOrganisations", "the organisation and a duplicate", N, N, N, Y, async c =>
        {
            var duplicate = await c.SetUpAsync("registerOrganisation", "organisation", new { name = $"Duplicate {c.Unique}" });
            return await c.MutationAsync("mergeOrganisations", new { keep = c.Organisation, remove = duplicate });
        }),
        new("removeOrganisation", "the organisation", N, N, N, Y,
            c => c.MutationAsync("removeOrganisation", new { id = c.Organisation })),
        new("removePerson", "a person at the organisation", N, N, N, Y, async c =>
        {
            var person = await c.SetUpAsync("registerResearcher", "person", new { organisation = c.Organisation, name = $"Person {c.Unique}" });
            return await c.MutationAsync("removePerson", new { id = person });
        }),
        new("Organisation.email, Organisation.phone", "contact details of any organisation", N, Y, Y, Y, async c =>
        {
            var email = await c.ValueAsync($$"""{ organisation(id: "{{c.Organisation}}") { email } }""", "organisation", "email");
            var phone = await c.ValueAsync($$"""{ organisation(id: "{{c.Organisation}}") { phone } }""", "organisation", "phone");
            Assert.Equal(email, phone);
            return email;
        }),
        new("Person.email, Person.phone", "contact details of any person", N, Y, Y, Y, async c =>
        {
            var person = await c.SetUpAsync("registerResearcher", "person",
                new { organisation = c.Organisation, name = $"Person {c.Unique}", email = "person@example.org", phone = "0191 496 0000" });
            var email = await c.ValueAsync($$"""{ person(id: "{{person}}") { email } }""", "person", "email");
            var phone = await c.ValueAsync($$"""{ person(id: "{{person}}") { phone } }""", "person", "phone");
            Assert.Equal(email, phone);
            return email;
        }),
        new("a private organisation's profile", "the organisation, marked private", N, N, Y, Y, async c =>
        {
            await c.Staff.MutateAsync("updateOrganisationProfile", "organisation", new { id = c.Organisation, version = 1, isPrivate = true });
            return await c.ValueAsync($$"""{ organisation(id: "{{c.Organisation}}") { id } }""", "organisation");
        }),
        new("a private person's profile", "a person there, marked private", N, N, Y, Y, async c =>
        {
            var person = await c.SetUpAsync("registerResearcher", "person", new { organisation = c.Organisation, name = $"Person {c.Unique}", isPrivate = true });
            return await c.ValueAsync($$"""{ person(id: "{{person}}") { id } }""", "person");
        }),
        new("a private challenge", "the organisation's challenge, marked private", N, N, Y, Y, async c =>
        {
            var challenge = await c.SetUpAsync("postChallenge", "challenge", new { organisation = c.Organisation, title = $"Challenge {c.Unique}", isPrivate = true });
            return await c.ValueAsync($$"""{ challenge(id: "{{challenge}}") { id } }""", "challenge");
        }),
        new("clusterStrength", "cluster analytics", N, N, N, Y,
            c => c.QueryAsync("""{ clusterStrength(specialism: "spec-energy") { currency } }""")),
        new("clusters", "cluster analytics", N, N, N, Y,
            c => c.QueryAsync("""{ clusters(first: 1) { currency } }""")),
    ];

    public static readonly IReadOnlyList<Role> Roles = Enum.GetValues<Role>();

    /// <summary>The table printed in README.md under "Roles and permissions".</summary>
    public static string Markdown()
    {
        var table = new StringBuilder()
            .Append("| operation or field | acts on | anonymous | member of another organisation | member of the organisation | staff |\n")
            .Append("| --- | --- | :-: | :-: | :-: | :-: |\n");
        foreach (var row in Rows)
        {
            table.Append($"| `{row.Operation.Replace(", ", "`, `", StringComparison.Ordinal)}` | {row.Acts} | ")
                .AppendJoin(" | ", Roles.Select(role => row.Expected(role) ? "yes" : "no"))
                .Append(" |\n");
        }

        return table.ToString();
    }
}
