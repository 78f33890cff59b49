using InnovationNetwork.Api.Tests.Auth;

namespace InnovationNetwork.Api.Tests.Mutations;

/// <summary>
/// The seeded directory plus private records made through the mutations themselves: a private business that
/// works on subsea robots and takes part in a public project beside the ORE Catapult, and a private person and a
/// private challenge at the ORE Catapult.
/// </summary>
public sealed class PrivateDirectoryFactory : AuthApiFactory, IAsyncLifetime
{
    public const string Project = "project-offshore-robotics-test-site-northumberland";
    public const string Catapult = "org-ore-catapult";
    public const string Specialism = "spec-subsea-vehicles";
    public const string Place = "place-E08000021";

    public string Stealth { get; private set; } = "";

    public string HiddenPerson { get; private set; } = "";

    public string HiddenChallenge { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var staff = Caller.Staff(CreateClient(), "privacy-staff");
        Stealth = (await staff.MutateAsync("registerOrganisation", "organisation", new
        {
            name = "Stealth Subsea Robotics",
            kind = "BUSINESS",
            description = "Remotely operated vehicles for subsea cable inspection.",
            keywords = new[] { "ROV", "subsea cable inspection", "stealthwork" },
            specialisms = new[] { Specialism },
            place = Place,
            isPrivate = true,
        }, selection: "id")).GetProperty("id").GetString()!;
        await staff.MutateAsync("joinProject", "project", new { project = Project, participant = Stealth, role = "partner" }, selection: "id");
        await staff.MutateAsync("joinProject", "project", new { project = Project, participant = Catapult, role = "coordinator" }, selection: "id");
        HiddenPerson = (await staff.MutateAsync("registerResearcher", "person",
            new { organisation = Catapult, name = "Quinn Stealthwork", jobTitle = "Subsea robotics engineer", isPrivate = true }, selection: "id"))
            .GetProperty("id").GetString()!;
        HiddenChallenge = (await staff.MutateAsync("postChallenge", "challenge",
            new { organisation = Catapult, title = "Stealthwork docking for subsea vehicles", isPrivate = true, specialisms = new[] { Specialism } }, selection: "id"))
            .GetProperty("id").GetString()!;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
