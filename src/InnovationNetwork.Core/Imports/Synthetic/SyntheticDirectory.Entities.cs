using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;
using static InnovationNetwork.Core.Graph.RelationshipType;
using static InnovationNetwork.Core.Imports.Synthetic.SyntheticWords;

namespace InnovationNetwork.Core.Imports.Synthetic;

// The entities: an organisation with its people and capabilities, a project with its partners, a challenge.
public sealed partial class SyntheticDirectory
{
    private void AddOrganisation(List<Change> batch, int index, ref long person, ref long capability)
    {
        var random = SyntheticRandom.For(_options.Seed, 3, index);
        var kind = KindOf(index);
        var size = SizeOf(index);
        var specialisms = SpecialismsOf(index);
        var place = PlaceOf(index);
        var id = OrganisationId(index);
        var prefix = random.Pick(Prefixes);
        var topic = Title(random.Pick(specialisms[0].Keywords));
        var name = kind switch
        {
            OrganisationKind.UNIVERSITY => $"University of {prefix} {index}",
            OrganisationKind.RESEARCH_ORGANISATION => $"{prefix} {topic} {random.Pick(ResearchSuffixes)}",
            OrganisationKind.PUBLIC_BODY => $"{prefix} {random.Pick(PublicSuffixes)}",
            _ => $"{prefix} {topic} {random.Pick(BusinessSuffixes)}",
        };
        var about = Keywords(ref random, specialisms, 4, out var keywords);
        var employees = size switch
        {
            OrganisationSize.MICRO => random.Next(1, 10),
            OrganisationSize.SMALL => random.Next(10, 50),
            OrganisationSize.MEDIUM => random.Next(50, 250),
            OrganisationSize.LARGE => random.Next(250, 5000),
            _ => random.Next(20, 400),
        };
        batch.Add(new PutNode(new Organisation
        {
            Id = id, Name = name, Kind = kind, Size = size, Keywords = keywords, Sources = _sources,
            Description = $"{name} is a {kind.ToString().ToLowerInvariant().Replace('_', ' ')} working on {about}.",
            Employment = new Employment(employees, (int)(employees * (0.25 + (0.5 * random.NextDouble()))), 2024, "synthetic"),
        }));
        batch.Add(new Link(new Relationship(LOCATED_IN, id, place)));
        foreach (var s in specialisms)
        {
            batch.Add(new Link(new Relationship(SPECIALISES_IN, id, s.Id)));
        }

        var people = kind switch
        {
            OrganisationKind.UNIVERSITY => 40,
            OrganisationKind.RESEARCH_ORGANISATION => 15,
            OrganisationKind.PUBLIC_BODY => 3,
            _ => size switch { OrganisationSize.LARGE => 8, OrganisationSize.MEDIUM => 4, OrganisationSize.SMALL => 2, _ => 1 },
        };
        for (var p = 0; p < people; p++)
        {
            AddPerson(batch, id, specialisms, person++);
        }

        var capabilities = kind switch
        {
            OrganisationKind.UNIVERSITY => 10,
            OrganisationKind.RESEARCH_ORGANISATION => 6,
            OrganisationKind.PUBLIC_BODY => 0,
            _ => random.NextDouble() < 0.5 ? 1 : 0,
        };
        for (var c = 0; c < capabilities; c++)
        {
            AddCapability(batch, id, name, specialisms, place, capability++);
        }
    }

    private void AddPerson(List<Change> batch, string organisation, Specialism[] specialisms, long index)
    {
        var random = SyntheticRandom.For(_options.Seed, 4, index);
        var id = $"person-syn-{index:D8}";
        var about = Keywords(ref random, specialisms, 2, out var keywords);
        batch.Add(new PutNode(new Person
        {
            Id = id, Name = $"{random.Pick(FirstNames)} {random.Pick(Surnames)}", JobTitle = random.Pick(JobTitles),
            Biography = $"Works on {about}.", Keywords = keywords, Sources = _sources,
        }));
        batch.Add(new Link(new Relationship(WORKS_AT, id, organisation)));
        batch.Add(new Link(new Relationship(SPECIALISES_IN, id, random.Pick(specialisms).Id)));
    }

    private void AddCapability(List<Change> batch, string organisation, string owner, Specialism[] specialisms, string place, long index)
    {
        var random = SyntheticRandom.For(_options.Seed, 5, index);
        var id = $"cap-syn-{index:D8}";
        var specialism = random.Pick(specialisms);
        var about = Keywords(ref random, [specialism], 3, out var keywords);
        var trlMin = random.Next(1, 8);
        batch.Add(new PutNode(new Capability
        {
            Id = id, Name = $"{Title(random.Pick(specialism.Keywords))} {random.Pick(["expertise", "testing", "design", "consultancy", "facility"])}",
            Kind = (CapabilityKind)random.Next(4), Description = $"{owner} offers {about}.", TrlMin = trlMin,
            TrlMax = random.Next(trlMin, 10), Keywords = keywords, Sources = _sources,
        }));
        batch.Add(new Link(new Relationship(OFFERS, organisation, id)));
        batch.Add(new Link(new Relationship(APPLIES_TO, id, specialism.Id)));
        batch.Add(new Link(new Relationship(LOCATED_IN, id, place)));
    }

    /// <summary>2–10 partners: the first usually a university or research centre, the rest mostly businesses, all drawn with a skew.</summary>
    private void AddProject(List<Change> batch, int index)
    {
        var random = SyntheticRandom.For(_options.Seed, 6, index);
        var partners = new List<int>();
        var count = 2;
        while (count < 10 && random.NextDouble() < 0.55)
        {
            count++;
        }

        for (var attempt = 0; partners.Count < count && attempt < count * 4; attempt++)
        {
            var roll = random.NextDouble();
            var lead = partners.Count == 0;
            var partner = (lead ? roll < 0.75 : roll < 0.2) ? random.Skewed(_options.Hubs, 2.5)
                : roll < (lead ? 0.8 : 0.3) ? _options.Hubs + random.Skewed(_options.PublicBodies, 1.5)
                : _options.Hubs + _options.PublicBodies + random.Skewed(_options.Businesses, 3);
            if (!partners.Contains(partner))
            {
                partners.Add(partner);
            }
        }

        var specialisms = SpecialismsOf(partners[0]);
        var specialism = random.Pick(specialisms);
        var about = Keywords(ref random, specialisms, 4, out var keywords);
        var id = $"project-syn-{index:D7}";
        var start = new DateOnly(2010, 1, 1).AddDays(random.Next(15 * 365));
        var cost = Math.Round((decimal)(50_000 + (5_000_000 * Math.Pow(random.NextDouble(), 3))), 0);
        var funding = Math.Round(cost * (decimal)(0.5 + (0.5 * random.NextDouble())), 0);
        batch.Add(new PutNode(new Project
        {
            Id = id, Acronym = $"{specialism.Name.Split(' ')[0].ToUpperInvariant()}-{index}",
            Title = $"{Title(random.Pick(specialism.Keywords))} {random.Pick(ProjectNouns)} for {random.Pick(specialism.Keywords)}",
            Abstract = $"A collaborative project on {about}, led in the North East.", StartDate = start,
            EndDate = start.AddMonths(random.Next(6, 60)), TotalCost = new Money(cost, "GBP"), Funding = new Money(funding, "GBP"),
            Programme = "Synthetic", Keywords = keywords, Sources = _sources,
        }));
        batch.Add(new Link(new Relationship(APPLIES_TO, id, specialism.Id)));
        for (var p = 0; p < partners.Count; p++)
        {
            var share = Math.Round(funding / partners.Count, 0);
            batch.Add(new Link(new Relationship(PARTICIPATES_IN, OrganisationId(partners[p]), id)
            {
                Role = p == 0 ? "coordinator" : "participant", Amount = new Money(share, "GBP"),
            }));
        }

        if (_funders.Length > 0)
        {
            batch.Add(new Link(new Relationship(FUNDED_BY, id, random.Pick(_funders)) { Amount = new Money(funding, "GBP") }));
        }
    }

    private void AddChallenge(List<Change> batch, int index)
    {
        var random = SyntheticRandom.For(_options.Seed, 7, index);
        var poster = _options.Hubs + random.Skewed(_options.PublicBodies + _options.Businesses, 2);
        var specialism = random.Pick(SpecialismsOf(poster));
        var about = Keywords(ref random, [specialism], 3, out var keywords);
        var id = $"challenge-syn-{index:D6}";
        batch.Add(new PutNode(new Challenge
        {
            Id = id, Title = $"Looking for {random.Pick(specialism.Keywords)} partners", Description = $"We need help with {about}.",
            TrlSought = random.Next(2, 9), Budget = new Money(random.Next(10, 500) * 1000m, "GBP"),
            Deadline = new DateOnly(2026, 1, 1).AddDays(random.Next(365)), Status = random.NextDouble() < 0.8 ? ChallengeStatus.OPEN : ChallengeStatus.CLOSED,
            Keywords = keywords, Sources = _sources,
        }));
        batch.Add(new Link(new Relationship(POSTED, OrganisationId(poster), id)));
        batch.Add(new Link(new Relationship(APPLIES_TO, id, specialism.Id)));
    }
}
