using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Tests.Clusters;

/// <summary>Builds small graphs for cluster tests through real, validated change batches.</summary>
internal sealed class ClusterGraph
{
    private readonly List<Change> _changes = [];

    public InnovationGraph Graph { get; } = new();

    public ClusterGraph Place(string id, string name, PlaceLevel level, string? parent = null)
    {
        _changes.Add(new PutNode(new Place { Id = id, Name = name, Level = level }));
        return parent is null ? this : Link(RelationshipType.LOCATED_IN, id, parent);
    }

    public ClusterGraph Specialism(string id, string name, string? parent = null)
    {
        _changes.Add(new PutNode(new Specialism { Id = id, Name = name }));
        return parent is null ? this : Link(RelationshipType.SUBSPECIALISM_OF, id, parent);
    }

    public ClusterGraph Organisation(string id, string name, OrganisationKind kind, string? place, string[] specialisms, Employment? employment = null)
    {
        _changes.Add(new PutNode(new Organisation { Id = id, Name = name, Kind = kind, Employment = employment }));
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

    public ClusterGraph Person(string id, string? worksAt = null, string? specialism = null, string? place = null)
    {
        _changes.Add(new PutNode(new Person { Id = id, Name = id }));
        if (worksAt is not null)
        {
            Link(RelationshipType.WORKS_AT, id, worksAt);
        }

        if (specialism is not null)
        {
            Link(RelationshipType.SPECIALISES_IN, id, specialism);
        }

        return place is null ? this : Link(RelationshipType.LOCATED_IN, id, place);
    }

    /// <summary>A project; each participant is an organisation id, optionally with "=amount CUR" for its recorded contribution.</summary>
    public ClusterGraph Project(string id, string? start, string? end, string? appliesTo, Money? funding, string? funder, params string[] participants)
    {
        _changes.Add(new PutNode(new Project
        {
            Id = id,
            Title = id,
            StartDate = start is null ? null : DateOnly.Parse(start),
            EndDate = end is null ? null : DateOnly.Parse(end),
            Funding = funding,
        }));
        if (appliesTo is not null)
        {
            Link(RelationshipType.APPLIES_TO, id, appliesTo);
        }

        if (funder is not null)
        {
            Link(RelationshipType.FUNDED_BY, id, funder);
        }

        foreach (var participant in participants)
        {
            var parts = participant.Split('=');
            var amount = parts.Length == 2 ? parts[1].Split(' ') : null;
            _changes.Add(new Link(new Relationship(RelationshipType.PARTICIPATES_IN, parts[0], id)
            {
                Amount = amount is null ? null : new Money(decimal.Parse(amount[0]), amount[1]),
            }));
        }

        return this;
    }

    public ClusterGraph Link(RelationshipType type, string from, string to)
    {
        _changes.Add(new Link(new Relationship(type, from, to)));
        return this;
    }

    /// <summary>Validates and applies everything added so far as the next batch of the change log.</summary>
    public ClusterGraph Apply()
    {
        var errors = ChangeValidator.Validate(Graph, _changes);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Graph.Apply(new ChangeBatch(Graph.Sequence + 1, DateTimeOffset.UnixEpoch, "test", _changes.ToArray()));
        _changes.Clear();
        return this;
    }

    public static Money Eur(decimal amount) => new(amount, "EUR");

    public static Money Gbp(decimal amount) => new(amount, "GBP");
}
