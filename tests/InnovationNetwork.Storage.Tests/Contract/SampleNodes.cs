using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Storage.Tests.Contract;

/// <summary>One node of every kind, each with every property set (or, for the sparse ones, none that may be left out).</summary>
public static class SampleNodes
{
    /// <summary>A non-UTC offset, so a store that drops offsets shows it.</summary>
    public static readonly DateTimeOffset Recorded = new(2024, 3, 14, 9, 26, 53, 123, TimeSpan.FromHours(1));

    public static Organisation Organisation(string id = "org-durham-university", string name = "Durham University") => new()
    {
        Id = id,
        Name = name,
        Kind = OrganisationKind.UNIVERSITY,
        ShortName = "DU",
        Description = SampleText.Mixed,
        Website = "https://www.durham.ac.uk/",
        Email = "enquiries@durham.ac.uk",
        Phone = "+44 191 334 2000",
        Address = "The Palatine Centre, Stockton Road, Durham",
        Postcode = "DH1 3LE",
        Size = OrganisationSize.LARGE,
        Keywords = ["subsea", "robotics", "énergie", "ynni"],
        Employment = new Employment(4300, 3100, 2023, "HESA staff record"),
        IsPrivate = true,
        Identifiers = [new(IdentifierScheme.UKPRN, "10007143"), new(IdentifierScheme.ROR, "01v29qb04"), new(IdentifierScheme.PIC, "999980179")],
        Sources = [new("seed", Recorded), new("import:cordis", Recorded.AddDays(30).ToOffset(TimeSpan.Zero))],
    };

    public static Person Person(string id = "person-ada-llewelyn") => new()
    {
        Id = id,
        Name = "Dr Ada Llewelyn-Ŵyn",
        JobTitle = "Professor of Subsea Engineering",
        Biography = SampleText.Emoji,
        Email = "ada@example.ac.uk",
        Phone = "+44 7700 900123",
        Keywords = ["ROV", "O&M"],
        IsPrivate = false,
        Identifiers = [new(IdentifierScheme.ORCID, "0000-0002-1825-0097")],
        Sources = [new("user:auth0|42", Recorded)],
    };

    public static Specialism Specialism(string id = "spec-offshore-robotics", string name = "Offshore robotics") => new()
    {
        Id = id,
        Name = name,
        Description = SampleText.Welsh,
        Keywords = ["ROV", "remotely operated vehicle", "AUV"],
        Sources = [new("seed", Recorded)],
    };

    public static Capability Capability(string id = "cap-hyperbaric-test-tank") => new()
    {
        Id = id,
        Name = "Hyperbaric test tank",
        Kind = CapabilityKind.FACILITY,
        Description = SampleText.Scripts,
        TrlMin = 4,
        TrlMax = 7,
        Keywords = ["pressure", "subsea"],
        Sources = [new("seed", Recorded)],
    };

    public static Challenge Challenge(string id = "challenge-blade-inspection") => new()
    {
        Id = id,
        Title = "Autonomous inspection of turbine blades",
        Description = SampleText.Awkward,
        TrlSought = 6,
        Budget = new Money(1234567.89m, "EUR"),
        Deadline = new DateOnly(2025, 2, 28),
        Status = ChallengeStatus.CLOSED,
        Keywords = ["inspection", "drones"],
        IsPrivate = true,
        Sources = [new("user:auth0|7", Recorded)],
    };

    public static Project Project(string id = "project-seabed") => new()
    {
        Id = id,
        Title = "Seabed robotics for offshore wind",
        Acronym = "SEABED",
        Abstract = SampleText.HundredKilobytes(),
        StartDate = new DateOnly(2020, 1, 1),
        EndDate = new DateOnly(2024, 12, 31),
        TotalCost = new Money(9876543.21m, "EUR"),
        Funding = new Money(0.01m, "GBP"),
        Programme = "H2020-EU.3.3.2.",
        Keywords = ["offshore wind", "O&M"],
        Identifiers = [new(IdentifierScheme.CORDIS_PROJECT, "101006798")],
        Sources = [new("import:cordis", Recorded)],
    };

    public static Place Place(string id = "place-county-durham", string name = "County Durham", PlaceLevel level = PlaceLevel.LOCAL_AUTHORITY) => new()
    {
        Id = id,
        Name = name,
        Level = level,
        OnsCode = "E06000047",
        NutsCode = "UKC14",
        PostcodeDistricts = ["DH1", "DH7", "DL14"],
        Sources = [new("seed", Recorded)],
    };

    /// <summary>Every kind of node with every property set.</summary>
    public static IReadOnlyList<Node> OneOfEachKind() =>
        [Organisation(), Person(), Specialism(), Capability(), Challenge(), Project(), Place()];

    /// <summary>Every kind of node with only what it requires: nulls, empty lists and default enums.</summary>
    public static IReadOnlyList<Node> OneOfEachKindSparse() =>
    [
        new Organisation { Id = "org-sparse", Name = "S" },
        new Person { Id = "person-sparse", Name = "S" },
        new Specialism { Id = "spec-sparse", Name = "S" },
        new Capability { Id = "cap-sparse", Name = "S" },
        new Challenge { Id = "challenge-sparse", Title = "S" },
        new Project { Id = "project-sparse", Title = "S" },
        new Place { Id = "place-sparse", Name = "S" },
    ];

    /// <summary>A small organisation, for tests that need many nodes or only an id.</summary>
    public static Organisation Business(int number, int version = 1) => new()
    {
        Id = $"org-business-{number:D6}",
        Name = $"Business {number}",
        Kind = OrganisationKind.BUSINESS,
        Version = version,
    };
}
