using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;

namespace InnovationNetwork.Core.Tests.Querying;

public sealed class FilterTests
{
    private readonly InnovationGraph _graph = GraphBuilder.NorthEast()
        .Organisation("org-robots", "Blyth Robots", OrganisationKind.BUSINESS, "place-northumberland", "spec-offshore-robotics")
        .Organisation("org-care", "Tyne Care", OrganisationKind.BUSINESS, "place-newcastle", "spec-health")
        .Organisation("org-uni", "Tyne University", OrganisationKind.UNIVERSITY, "place-newcastle", "spec-energy", "spec-health")
        .Project("project-1", "Subsea inspection", new DateOnly(2015, 3, 1), "org-robots", "org-uni")
        .Project("project-2", "Ageing at home", new DateOnly(2016, 1, 1), "org-care", "org-uni")
        .Build();

    private string[] Ids(OrganisationFilter? filter, params (Func<Organisation, IComparable?>, SortDirection)[] order) =>
        NodeQuery.List(_graph, Viewer.Anonymous, filter, order).Select(o => o.Id).ToArray();

    [Fact]
    public void OrganisationsInNorthumberlandSpecialisingInAnythingUnderEnergy()
    {
        var filter = new OrganisationFilter
        {
            Place = new PlaceFilter { Id = new IdFilter { Within = "place-northumberland" } },
            Specialisms = new() { Some = new SpecialismFilter { Id = new IdFilter { Within = "spec-energy" } } },
        };

        Assert.Equal(["org-robots"], Ids(filter));
    }

    [Fact]
    public void AWithinFilterAskedOfAnotherGraphAnswersForThatGraph()
    {
        var filter = new OrganisationFilter { Specialisms = new() { Some = new SpecialismFilter { Id = new IdFilter { Within = "spec-energy" } } } };
        var robotsOutsideEnergy = new GraphBuilder()
            .Specialism("spec-energy", "Energy")
            .Specialism("spec-offshore-robotics", "Offshore robotics")
            .Organisation("org-robots", "Blyth Robots", OrganisationKind.BUSINESS, null, "spec-offshore-robotics")
            .Build();

        Assert.Equal(["org-robots", "org-uni"], Ids(filter));
        Assert.Empty(NodeQuery.List<Organisation, OrganisationFilter>(robotsOutsideEnergy, Viewer.Anonymous, filter, []));
    }

    [Fact]
    public void WithinARegionTakesEveryLocalAuthorityInIt()
    {
        var filter = new OrganisationFilter { Place = new PlaceFilter { Id = new IdFilter { Within = "place-ne" } } };
        Assert.Equal(3, Ids(filter).Length);
    }

    [Fact]
    public void OrAndNotCombine()
    {
        var filter = new OrganisationFilter
        {
            Or = [new() { Kind = new() { Eq = OrganisationKind.UNIVERSITY } }, new() { Name = new() { StartsWith = "blyth" } }],
            Not = new() { Specialisms = new() { Some = new() { Name = new() { Eq = "Health" } } } },
        };

        Assert.Equal(["org-robots"], Ids(filter));
    }

    [Fact]
    public void NoneAndEveryOnRelationships()
    {
        var noHealth = new OrganisationFilter { Specialisms = new() { None = new() { Id = new() { Eq = "spec-health" } } } };
        var onlyEnergy = new OrganisationFilter { Specialisms = new() { Every = new() { Id = new() { Within = "spec-energy" } } } };

        Assert.Equal(["org-robots"], Ids(noHealth));
        Assert.Equal(["org-robots"], Ids(onlyEnergy));
    }

    [Fact]
    public void RangesOnCountsAndDates()
    {
        Assert.Equal(["org-uni"], Ids(new OrganisationFilter { ProjectCount = new() { Gte = 2 } }));
        var projects = NodeQuery.List<Project, ProjectFilter>(_graph, Viewer.Anonymous,
            new ProjectFilter { StartDate = new() { Gte = new DateOnly(2016, 1, 1) } }, []);
        Assert.Equal(["project-2"], projects.Select(p => p.Id));
    }

    [Fact]
    public void AMissingValueMatchesOnlyAnEmptyRange()
    {
        Assert.Empty(Ids(new OrganisationFilter { Employees = new() { Gte = 0 } }));
        Assert.Equal(3, Ids(new OrganisationFilter { Employees = new() }).Length);
    }

    [Fact]
    public void OrderingByProjectCountDescendingThenNameIsStable()
    {
        var order = new[]
        {
            new OrganisationOrder(OrganisationOrderField.PROJECT_COUNT, SortDirection.DESC).Key(_graph, Viewer.Anonymous),
            new OrganisationOrder(OrganisationOrderField.NAME).Key(_graph, Viewer.Anonymous),
        };

        Assert.Equal(["org-uni", "org-robots", "org-care"], Ids(null, order));
    }

    [Fact]
    public void StringFiltersIgnoreCase()
    {
        Assert.Equal(["org-care"], Ids(new OrganisationFilter { Name = new() { Contains = "CARE" } }));
        Assert.Equal(2, Ids(new OrganisationFilter { Name = new() { In = ["tyne care", "TYNE UNIVERSITY"] } }).Length);
    }
}
