using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Projects;

namespace InnovationNetwork.Search.Indexing;

// What each kind of node contributes to its document.
internal static partial class DocumentBuilder
{
    private static void AddOrganisation(DocumentWriter doc, Organisation o)
    {
        doc.Name(o.Name, o.ShortName);
        doc.Text(o.Description);
        doc.Keywords(o.Keywords);
        doc.Keyword(IndexFields.Kind, o.Kind.ToString());
        if (o.Size is { } size)
        {
            doc.Keyword(IndexFields.Size, size.ToString());
        }

        doc.Privacy(o.IsPrivate, [o.Id]);
        doc.SpecialismsOf(RelationshipType.SPECIALISES_IN);
        doc.PlacesOf(o.Id);
        var capabilities = doc.CapabilitiesOffered();
        var projects = doc.Graph.Outgoing(o.Id, RelationshipType.PARTICIPATES_IN)
            .Select(r => doc.Graph.Find<Project>(r.To))
            .OfType<Project>()
            .OrderByDescending(p => p.StartDate ?? DateOnly.MinValue)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        doc.Activity(projects, AbstractsPerOrganisation);
        doc.Popularity(projects.Count + capabilities);
    }

    private static void AddPerson(DocumentWriter doc, Person p)
    {
        doc.Name(p.Name, null);
        doc.Text(p.JobTitle);
        doc.Text(p.Biography);
        doc.Keywords(p.Keywords);
        var employers = doc.Graph.Outgoing(p.Id, RelationshipType.WORKS_AT).Select(r => r.To).ToArray();
        doc.Privacy(p.IsPrivate, employers);
        doc.RelatedNames(employers);
        doc.SpecialismsOf(RelationshipType.SPECIALISES_IN);
        doc.PlacesOf(p.Id, fallbacks: employers);
        var capabilities = doc.CapabilitiesOffered();
        var projects = doc.Graph.Outgoing(p.Id, RelationshipType.PARTICIPATES_IN)
            .Select(r => doc.Graph.Find<Project>(r.To))
            .OfType<Project>()
            .ToList();
        doc.Activity(projects, AbstractsPerOrganisation);
        doc.Popularity(projects.Count + capabilities);
    }

    private static void AddCapability(DocumentWriter doc, Capability c)
    {
        doc.Name(c.Name, null);
        doc.Text(c.Description);
        doc.Keywords(c.Keywords);
        doc.TrlRange(c.TrlMin, c.TrlMax);
        var offerers = doc.Graph.Incoming(c.Id, RelationshipType.OFFERS).Select(r => r.From).ToArray();

        // A capability is public, but it belongs to its offerer (or the offering person's employers).
        var owners = offerers.SelectMany(id => NodeLabels.FromId(id) == NodeLabel.Person
            ? doc.Graph.Outgoing(id, RelationshipType.WORKS_AT).Select(r => r.To)
            : [id]).ToArray();
        doc.Privacy(false, owners);
        doc.RelatedNames(offerers);
        doc.SpecialismsOf(RelationshipType.APPLIES_TO);
        doc.PlacesOf(c.Id, fallbacks: offerers);
        doc.Popularity(0);
    }

    private static void AddProject(DocumentWriter doc, Project p)
    {
        doc.Name(p.Title, p.Acronym);
        doc.Abstract(p);
        doc.Keywords(p.Keywords);
        doc.Text(p.Programme);
        var participants = doc.Graph.Incoming(p.Id, RelationshipType.PARTICIPATES_IN).Select(r => r.From).ToArray();
        doc.Privacy(false, []);
        doc.RelatedNames(participants);
        doc.SpecialismsOf(RelationshipType.APPLIES_TO);
        doc.PlacesOf(p.Id);
        doc.Popularity(participants.Length);
    }

    private static void AddChallenge(DocumentWriter doc, Challenge c)
    {
        doc.Name(c.Title, null);
        doc.Text(c.Description);
        doc.Keywords(c.Keywords);
        if (c.TrlSought is { } trl)
        {
            doc.TrlRange(trl, trl);
        }

        var posters = doc.Graph.Incoming(c.Id, RelationshipType.POSTED).Select(r => r.From).ToArray();
        doc.Privacy(c.IsPrivate, posters);
        doc.RelatedNames(posters);
        doc.SpecialismsOf(RelationshipType.APPLIES_TO);
        doc.PlacesOf(c.Id);
        doc.Popularity(0);
    }
}
