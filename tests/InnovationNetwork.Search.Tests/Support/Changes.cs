using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Search.Tests.Support;

/// <summary>Builds one write's changes for a test, fluently.</summary>
internal sealed class Changes
{
    public List<Change> List { get; } = [];

    public Changes Place(string id, string name, PlaceLevel level, string? parent = null)
    {
        List.Add(new PutNode(new Place { Id = id, Name = name, Level = level }));
        return parent is null ? this : Link(RelationshipType.LOCATED_IN, id, parent);
    }

    public Changes Specialism(string id, string name, string? parent = null, params string[] keywords)
    {
        List.Add(new PutNode(new Specialism { Id = id, Name = name, Keywords = keywords }));
        return parent is null ? this : Link(RelationshipType.SUBSPECIALISM_OF, id, parent);
    }

    public Changes Organisation(string id, string name, OrganisationKind kind = OrganisationKind.BUSINESS, string? description = null,
        string? place = null, bool isPrivate = false, string[]? specialisms = null, string[]? keywords = null, int version = 1)
    {
        List.Add(new PutNode(new Organisation
        {
            Id = id, Name = name, Kind = kind, Description = description, IsPrivate = isPrivate, Keywords = keywords ?? [], Version = version,
        }));
        if (place is not null)
        {
            Link(RelationshipType.LOCATED_IN, id, place);
        }

        foreach (var specialism in specialisms ?? [])
        {
            Link(RelationshipType.SPECIALISES_IN, id, specialism);
        }

        return this;
    }

    public Changes Person(string id, string name, string? worksAt = null, string? jobTitle = null, bool isPrivate = false)
    {
        List.Add(new PutNode(new Person { Id = id, Name = name, JobTitle = jobTitle, IsPrivate = isPrivate }));
        return worksAt is null ? this : Link(RelationshipType.WORKS_AT, id, worksAt);
    }

    public Changes Capability(string id, string name, string offeredBy, string? description = null, int? trlMin = null, int? trlMax = null, params string[] specialisms)
    {
        List.Add(new PutNode(new Capability { Id = id, Name = name, Description = description, TrlMin = trlMin, TrlMax = trlMax }));
        Link(RelationshipType.OFFERS, offeredBy, id);
        foreach (var specialism in specialisms)
        {
            Link(RelationshipType.APPLIES_TO, id, specialism);
        }

        return this;
    }

    public Changes Project(string id, string title, string? @abstract = null, DateOnly? start = null, string? acronym = null, int version = 1, params string[] participants)
    {
        List.Add(new PutNode(new Project
        {
            Id = id, Title = title, Abstract = @abstract, StartDate = start, EndDate = start?.AddYears(3), Acronym = acronym, Version = version,
        }));
        foreach (var participant in participants)
        {
            Link(RelationshipType.PARTICIPATES_IN, participant, id);
        }

        return this;
    }

    public Changes Challenge(string id, string title, string? description = null, string? postedBy = null, int? trl = null, bool isPrivate = false, params string[] specialisms)
    {
        List.Add(new PutNode(new Challenge { Id = id, Title = title, Description = description, TrlSought = trl, IsPrivate = isPrivate }));
        if (postedBy is not null)
        {
            Link(RelationshipType.POSTED, postedBy, id);
        }

        foreach (var specialism in specialisms)
        {
            Link(RelationshipType.APPLIES_TO, id, specialism);
        }

        return this;
    }

    public Changes Link(RelationshipType type, string from, string to, double? confidence = null)
    {
        List.Add(new Link(new Relationship(type, from, to) { Confidence = confidence }));
        return this;
    }

    public Changes Unlink(RelationshipType type, string from, string to)
    {
        List.Add(new Unlink(new RelationshipKey(type, from, to)));
        return this;
    }

    public Changes Remove(string id)
    {
        List.Add(new RemoveNode(id));
        return this;
    }

    public Changes Put(Node node)
    {
        List.Add(new PutNode(node));
        return this;
    }
}
