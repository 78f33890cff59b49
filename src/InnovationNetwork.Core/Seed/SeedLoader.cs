using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Seed;

/// <summary>
/// Reads the curated data in <c>seed/</c> (see its README) and turns it into the changes that write it:
/// every node first (Version 1, source <c>seed</c>), then every relationship between them.
/// </summary>
public static partial class SeedLoader
{
    public const string PlacesFile = "places.json";
    public const string SpecialismsFile = "specialisms.json";
    public const string OrganisationsFile = "organisations.json";
    public const string ProjectsFile = "projects.json";
    public const string ChallengesFile = "challenges.json";
    public const string CapabilitiesFile = "capabilities.json";
    public const string PostcodeAreasFile = "postcode-areas.csv";
    public const string SynonymsFile = "synonyms.txt";

    /// <summary>
    /// The changes that write the seed: PutNode for every node, then Link for every relationship.
    /// Throws <see cref="SeedFileException"/> naming the file when one is missing or malformed, uses an
    /// id twice, or refers to an id no seed file defines.
    /// </summary>
    public static IReadOnlyList<Change> Load(string seedDirectory, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seedDirectory);
        if (!Directory.Exists(seedDirectory))
        {
            throw new DirectoryNotFoundException($"The seed directory '{seedDirectory}' does not exist.");
        }

        var places = Read<SeedPlace>(seedDirectory, PlacesFile);
        var specialisms = Read<SeedSpecialism>(seedDirectory, SpecialismsFile);
        var organisations = Read<SeedOrganisation>(seedDirectory, OrganisationsFile);
        var projects = Read<SeedProject>(seedDirectory, ProjectsFile);
        var challenges = Read<SeedChallenge>(seedDirectory, ChallengesFile);
        var capabilities = Read<SeedCapability>(seedDirectory, CapabilitiesFile);

        var seed = new SeedChangeBuilder(at);
        PutNodes(seed, places.Items, places.Path);
        PutNodes(seed, specialisms.Items, specialisms.Path);
        PutNodes(seed, organisations.Items, organisations.Path);
        PutNodes(seed, projects.Items, projects.Path);
        PutNodes(seed, challenges.Items, challenges.Path);
        PutNodes(seed, capabilities.Items, capabilities.Path);

        LinkPlaces(seed, places.Items, places.Path);
        LinkSpecialisms(seed, specialisms.Items, specialisms.Path);
        LinkOrganisations(seed, organisations.Items, organisations.Path);
        LinkProjects(seed, projects.Items, projects.Path);
        LinkChallenges(seed, challenges.Items, challenges.Path);
        LinkCapabilities(seed, capabilities.Items, capabilities.Path);
        return seed.Build();
    }

    private static void PutNodes(SeedChangeBuilder seed, IEnumerable<SeedPlace> places, string file)
    {
        foreach (var p in places)
        {
            seed.Put(new Place
            {
                Id = p.Id, Name = p.Name, Level = p.Level, OnsCode = p.OnsCode, NutsCode = p.NutsCode,
                PostcodeDistricts = p.PostcodeDistricts, Sources = seed.Sources,
            }, file);
        }
    }

    private static void PutNodes(SeedChangeBuilder seed, IEnumerable<SeedSpecialism> specialisms, string file)
    {
        foreach (var s in specialisms)
        {
            seed.Put(new Specialism
            {
                Id = s.Id, Name = s.Name, Description = s.Description, Keywords = s.Keywords, Sources = seed.Sources,
            }, file);
        }
    }

    private static void PutNodes(SeedChangeBuilder seed, IEnumerable<SeedOrganisation> organisations, string file)
    {
        foreach (var o in organisations)
        {
            seed.Put(new Organisation
            {
                Id = o.Id, Name = o.Name, Kind = o.Kind, ShortName = o.ShortName, Description = o.Description,
                Website = o.Website, Postcode = o.Postcode, Keywords = o.Keywords, Identifiers = o.Identifiers,
                Sources = seed.Sources,
            }, file);
        }
    }

    private static void PutNodes(SeedChangeBuilder seed, IEnumerable<SeedProject> projects, string file)
    {
        foreach (var p in projects)
        {
            seed.Put(new Project
            {
                Id = p.Id, Title = p.Title, Acronym = p.Acronym, Abstract = p.Abstract, StartDate = p.StartDate,
                EndDate = p.EndDate, TotalCost = p.TotalCost, Funding = p.Funding, Programme = p.Programme,
                Keywords = p.Keywords, Sources = seed.Sources,
            }, file);
        }
    }

    private static void PutNodes(SeedChangeBuilder seed, IEnumerable<SeedChallenge> challenges, string file)
    {
        foreach (var c in challenges)
        {
            seed.Put(new Challenge
            {
                Id = c.Id, Title = c.Title, Description = c.Description, TrlSought = c.TrlSought, Budget = c.Budget,
                Deadline = c.Deadline, Status = c.Status, Keywords = c.Keywords, Sources = seed.Sources,
            }, file);
        }
    }

    private static void PutNodes(SeedChangeBuilder seed, IEnumerable<SeedCapability> capabilities, string file)
    {
        foreach (var c in capabilities)
        {
            seed.Put(new Capability
            {
                Id = c.Id, Name = c.Name, Kind = c.Kind, Description = c.Description, TrlMin = c.TrlMin,
                TrlMax = c.TrlMax, Keywords = c.Keywords, Sources = seed.Sources,
            }, file);
        }
    }
}
