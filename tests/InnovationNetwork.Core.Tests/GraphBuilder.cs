using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Tests;

/// <summary>Builds small graphs for tests by applying real change batches.</summary>
internal sealed class GraphBuilder
{
    private readonly List<Change> _changes = [];

    public InnovationGraph Graph { get; } = new();

    public GraphBuilder Organisation(string id, string name, OrganisationKind kind = OrganisationKind.BUSINESS, string? place = null, params string[] specialisms)
    {
        _changes.Add(new PutNode(new Organisation { Id = id, Name = name, Kind = kind }));
        if (place is not null)
        {
            Link(RelationshipType.LOCATED_IN, id, place);
        }

        foreach (var specialism in specialisms)
        {
            Link(RelationshipType.SPECIALISES_IN, id, specialism);
        }

        return this;
    }

    public GraphBuilder Place(string id, string name, PlaceLevel level, string? parent = null)
    {
        _changes.Add(new PutNode(new Place { Id = id, Name = name, Level = level }));
        return parent is null ? this : Link(RelationshipType.LOCATED_IN, id, parent);
    }

    public GraphBuilder Specialism(string id, string name, string? parent = null)
    {
        _changes.Add(new PutNode(new Specialism { Id = id, Name = name }));
        return parent is null ? this : Link(RelationshipType.SUBSPECIALISM_OF, id, parent);
    }

    public GraphBuilder Project(string id, string title, DateOnly? start = null, params string[] participants)
    {
        _changes.Add(new PutNode(new Project { Id = id, Title = title, StartDate = start }));
        foreach (var participant in participants)
        {
            Link(RelationshipType.PARTICIPATES_IN, participant, id);
        }

        return this;
    }

    public GraphBuilder Link(RelationshipType type, string from, string to)
    {
        _changes.Add(new Link(new Relationship(type, from, to)));
        return this;
    }

    /// <summary>Validates and applies everything added so far as the next batch.</summary>
    public InnovationGraph Build()
    {
        var errors = ChangeValidator.Validate(Graph, _changes);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Graph.Apply(new ChangeBatch(Graph.Sequence + 1, DateTimeOffset.UnixEpoch, "test", _changes.ToArray()));
        _changes.Clear();
        return Graph;
    }

    /// <summary>The North East in miniature: region › two local authorities; Energy › Offshore wind › Offshore robotics; Health.</summary>
    public static GraphBuilder NorthEast() => new GraphBuilder()
        .Place("place-ne", "North East", PlaceLevel.REGION)
        .Place("place-northumberland", "Northumberland", PlaceLevel.LOCAL_AUTHORITY, "place-ne")
        .Place("place-newcastle", "Newcastle upon Tyne", PlaceLevel.LOCAL_AUTHORITY, "place-ne")
        .Specialism("spec-energy", "Energy")
        .Specialism("spec-offshore-wind", "Offshore wind", "spec-energy")
        .Specialism("spec-offshore-robotics", "Offshore robotics", "spec-offshore-wind")
        .Specialism("spec-health", "Health");
}
