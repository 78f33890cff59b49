using static InnovationNetwork.Core.Graph.RelationshipType;

namespace InnovationNetwork.Core.Seed;

// The relationships each seed file declares through its reference fields (parent, place, specialisms …).
public static partial class SeedLoader
{
    private static void LinkPlaces(SeedChangeBuilder seed, IEnumerable<SeedPlace> places, string file)
    {
        foreach (var p in places)
        {
            seed.Link(LOCATED_IN, p.Id, p.Parent, file, p.Id, "parent");
        }
    }

    private static void LinkSpecialisms(SeedChangeBuilder seed, IEnumerable<SeedSpecialism> specialisms, string file)
    {
        foreach (var s in specialisms)
        {
            seed.Link(SUBSPECIALISM_OF, s.Id, s.Parent, file, s.Id, "parent");
        }
    }

    private static void LinkOrganisations(SeedChangeBuilder seed, IEnumerable<SeedOrganisation> organisations, string file)
    {
        foreach (var o in organisations)
        {
            seed.Link(LOCATED_IN, o.Id, o.Place, file, o.Id, "place");
            seed.LinkEach(SPECIALISES_IN, o.Id, o.Specialisms, file, o.Id, "specialisms");
        }
    }

    private static void LinkProjects(SeedChangeBuilder seed, IEnumerable<SeedProject> projects, string file)
    {
        foreach (var p in projects)
        {
            seed.LinkEach(APPLIES_TO, p.Id, p.Specialisms, file, p.Id, "specialisms");
            foreach (var participant in p.Participants)
            {
                seed.Link(PARTICIPATES_IN, participant.Organisation, p.Id, file, p.Id, "participants", participant.Role);
            }

            seed.LinkEach(FUNDED_BY, p.Id, p.Funders, file, p.Id, "funders");
            seed.Link(LOCATED_IN, p.Id, p.Place, file, p.Id, "place");
        }
    }

    private static void LinkChallenges(SeedChangeBuilder seed, IEnumerable<SeedChallenge> challenges, string file)
    {
        foreach (var c in challenges)
        {
            if (c.PostedBy is not null)
            {
                seed.Link(POSTED, c.PostedBy, c.Id, file, c.Id, "postedBy");
            }

            seed.LinkEach(APPLIES_TO, c.Id, c.Specialisms, file, c.Id, "specialisms");
            seed.Link(LOCATED_IN, c.Id, c.Place, file, c.Id, "place");
        }
    }

    private static void LinkCapabilities(SeedChangeBuilder seed, IEnumerable<SeedCapability> capabilities, string file)
    {
        foreach (var c in capabilities)
        {
            seed.LinkEach(APPLIES_TO, c.Id, c.Specialisms, file, c.Id, "specialisms");
            seed.Link(OFFERS, c.OfferedBy, c.Id, file, c.Id, "offeredBy");
            seed.Link(LOCATED_IN, c.Id, c.Place, file, c.Id, "place");
        }
    }
}
