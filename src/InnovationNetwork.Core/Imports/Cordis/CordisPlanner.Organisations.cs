using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using static InnovationNetwork.Core.Graph.RelationshipType;

namespace InnovationNetwork.Core.Imports.Cordis;

// Organisations: one per PIC, its facts chosen from all its rows, and its participations.
public static partial class CordisPlanner
{
    private static List<string> PlanOrganisations(
        ImportPlan plan,
        IReadOnlyList<CordisParticipation> participations,
        Dictionary<string, string> projectIds,
        ImportContext context)
    {
        var graph = context.Graph;
        var ids = new List<string>();
        foreach (var rows in participations.Where(p => projectIds.ContainsKey(p.ProjectId)).GroupBy(p => p.Pic).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var pic = rows.Key;
            var existing = graph.FindByIdentifier(IdentifierScheme.PIC, pic) ?? graph.Find(OrganisationIdPrefix + pic);
            if (existing is not null and not Organisation)
            {
                continue; // an id clash no CORDIS data can cause; left alone rather than guessed at
            }

            var id = existing?.Id ?? OrganisationIdPrefix + pic;
            var postcode = ImportText.MostCommon(rows, r => r.PostCode, r => r.ProjectNumber);
            var nuts = ImportText.MostCommon(rows, r => r.NutsCode, r => r.ProjectNumber);
            plan.Put(OrganisationNode(id, pic, [.. rows], postcode, existing as Organisation, context.Source));
            ids.Add(id);

            var place = context.PlaceFor(postcode, nuts);
            if (context.Source.Owns(existing))
            {
                plan.Own(id, LOCATED_IN, outgoing: true);
                if (place is not null)
                {
                    plan.Link(new Relationship(LOCATED_IN, id, place));
                }
            }
            else if (place is not null && graph.Outgoing(id, LOCATED_IN).Count == 0)
            {
                plan.Link(new Relationship(LOCATED_IN, id, place));
            }

            foreach (var row in rows.OrderBy(r => r.ProjectNumber))
            {
                plan.Link(new Relationship(PARTICIPATES_IN, id, projectIds[row.ProjectId]) { Role = row.Role, Amount = Euros(row.EcContribution) });
            }
        }

        return ids;
    }

    private static Organisation OrganisationNode(string id, string pic, List<CordisParticipation> rows, string? postcode, Organisation? existing, Source source)
    {
        long Order(CordisParticipation r) => r.ProjectNumber;
        var name = ImportText.MostCommon(rows, r => r.Name, Order)!;
        var shortName = ImportText.MostCommon(rows, r => r.ShortName, Order);
        var kind = KindOf(ImportText.MostCommon(rows, r => r.ActivityType, Order));
        var website = ImportText.WebAddress(ImportText.MostCommon(rows, r => ImportText.WebAddress(r.Url), Order));
        var address = ImportText.MostCommon(rows, r => ImportText.Join(r.Street, r.City), Order);
        ExternalIdentifier[] identifiers = [new(IdentifierScheme.PIC, pic)];

        if (existing is null)
        {
            return new Organisation
            {
                Id = id, Name = name, ShortName = shortName, Kind = kind, Website = website, Address = address, Postcode = postcode,
                Identifiers = identifiers,
            };
        }

        if (source.Owns(existing))
        {
            return existing with
            {
                Name = name, ShortName = shortName, Kind = kind, Website = website, Address = address, Postcode = postcode,
                Identifiers = ImportOwnership.Union(existing.Identifiers, identifiers),
            };
        }

        // A seeded or edited organisation (Newcastle University carries its PIC in the seed): its curated name,
        // kind and place stay; CORDIS only fills what is empty.
        return existing with
        {
            ShortName = existing.ShortName ?? shortName,
            Website = existing.Website ?? website,
            Address = existing.Address ?? address,
            Postcode = existing.Postcode ?? postcode,
            Identifiers = ImportOwnership.Union(existing.Identifiers, identifiers),
        };
    }

    /// <summary>CORDIS activity types: HES higher education, PRC private company, REC research, PUB public body, OTH other.</summary>
    public static OrganisationKind KindOf(string? activityType) => activityType switch
    {
        "HES" => OrganisationKind.UNIVERSITY,
        "PRC" => OrganisationKind.BUSINESS,
        "REC" => OrganisationKind.RESEARCH_ORGANISATION,
        "PUB" => OrganisationKind.PUBLIC_BODY,
        _ => OrganisationKind.OTHER,
    };
}
