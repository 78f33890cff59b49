using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Projects;

namespace InnovationNetwork.Core.Tests.Graph;

public sealed class ChangeValidatorTests
{
    private readonly InnovationGraph _graph = GraphBuilder.NorthEast().Organisation("org-a", "A").Build();

    private IReadOnlyList<ChangeError> Validate(params Change[] changes) => ChangeValidator.Validate(_graph, changes);

    private static ChangeError Only(IReadOnlyList<ChangeError> errors, string code)
    {
        var error = Assert.Single(errors);
        Assert.Equal(code, error.Code);
        return error;
    }

    [Fact]
    public void AnOrganisationWithoutANameIsRequired() =>
        Only(Validate(new PutNode(new Organisation { Id = "org-b", Name = "  " })), ChangeErrorCodes.Required);

    [Fact]
    public void AnIdWhosePrefixDoesNotMatchItsLabelIsInvalid() =>
        Only(Validate(new PutNode(new Organisation { Id = "person-b", Name = "B" })), ChangeErrorCodes.Invalid);

    [Theory]
    [InlineData(0, null)]
    [InlineData(10, null)]
    [InlineData(7, 4)]
    public void ATrlOutsideOneToNineOrUpsideDownIsOutOfRange(int min, int? max)
    {
        var errors = Validate(new PutNode(new Capability { Id = "cap-x", Name = "X", TrlMin = min, TrlMax = max }));
        Assert.Contains(errors, e => e.Code == ChangeErrorCodes.OutOfRange);
    }

    [Fact]
    public void AProjectEndingBeforeItStartsIsOutOfRange()
    {
        var error = Only(Validate(new PutNode(new Project { Id = "project-x", Title = "X", StartDate = new(2020, 5, 1), EndDate = new(2020, 4, 30) })), ChangeErrorCodes.OutOfRange);
        Assert.Equal("endDate", error.Field);
    }

    [Fact]
    public void NegativeMoneyAndABadCurrencyAreRefused()
    {
        var errors = Validate(new PutNode(new Challenge { Id = "challenge-x", Title = "X", Budget = new Money(-1, "pounds") }));
        Assert.Contains(errors, e => e.Code == ChangeErrorCodes.OutOfRange);
        Assert.Contains(errors, e => e.Code == ChangeErrorCodes.Invalid);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("two@at@x.org")]
    public void AnInvalidEmailIsRefused(string email) =>
        Only(Validate(new PutNode(new Organisation { Id = "org-b", Name = "B", Email = email })), ChangeErrorCodes.Invalid);

    [Fact]
    public void AWebsiteThatIsNotAWebAddressIsRefused() =>
        Only(Validate(new PutNode(new Organisation { Id = "org-b", Name = "B", Website = "javascript:alert(1)" })), ChangeErrorCodes.Invalid);

    [Fact]
    public void CreatingAnExistingIdIsAVersionConflict() =>
        Only(Validate(new PutNode(new Organisation { Id = "org-a", Name = "A again" })), ChangeErrorCodes.VersionConflict);

    [Fact]
    public void ReplacingFromAStaleVersionIsAVersionConflict() =>
        Only(Validate(new PutNode(new Organisation { Id = "org-a", Name = "A", Version = 3 })), ChangeErrorCodes.VersionConflict);

    [Fact]
    public void ReplacingFromTheCurrentVersionIsValid() =>
        Assert.Empty(Validate(new PutNode(new Organisation { Id = "org-a", Name = "A renamed", Version = 2 })));

    [Fact]
    public void LinkingToAnUnknownIdIsNotFound()
    {
        var error = Only(Validate(new Link(new Relationship(RelationshipType.SPECIALISES_IN, "org-a", "spec-nope"))), ChangeErrorCodes.NotFound);
        Assert.Contains("spec-nope", error.Message);
    }

    [Fact]
    public void ARelationshipBetweenTheWrongLabelsNamesWhatItJoins()
    {
        var error = Only(Validate(new Link(new Relationship(RelationshipType.WORKS_AT, "org-a", "spec-energy"))), ChangeErrorCodes.WrongEndpoint);
        Assert.Contains("Person", error.Message);
    }

    [Fact]
    public void ABatchMayCreateANodeAndLinkIt() =>
        Assert.Empty(Validate(
            new PutNode(new Organisation { Id = "org-b", Name = "B" }),
            new Link(new Relationship(RelationshipType.LOCATED_IN, "org-b", "place-newcastle"))));

    [Fact]
    public void TheSameNodeWrittenTwiceInOneBatchIsADuplicate() =>
        Assert.Contains(Validate(
            new PutNode(new Organisation { Id = "org-b", Name = "B" }),
            new PutNode(new Organisation { Id = "org-b", Name = "B", Version = 2 })), e => e.Code == ChangeErrorCodes.Duplicate);

    [Fact]
    public void AnIdentifierHeldByAnotherNodeIsADuplicate()
    {
        var graph = new GraphBuilder().Build();
        graph.Apply(new ChangeBatch(2, DateTimeOffset.UnixEpoch, "t", [new PutNode(new Organisation { Id = "org-a", Name = "A", Identifiers = [new(IdentifierScheme.PIC, "1")] })]));

        var errors = ChangeValidator.Validate(graph, [new PutNode(new Organisation { Id = "org-b", Name = "B", Identifiers = [new(IdentifierScheme.PIC, "1")] })]);
        Only(errors, ChangeErrorCodes.Duplicate);
    }

    [Fact]
    public void ASpecialismCannotBecomeItsOwnAncestor() =>
        Assert.Contains(Validate(
            new Unlink(new RelationshipKey(RelationshipType.SUBSPECIALISM_OF, "spec-offshore-wind", "spec-energy")),
            new Link(new Relationship(RelationshipType.SUBSPECIALISM_OF, "spec-offshore-wind", "spec-offshore-robotics"))), e => e.Code == ChangeErrorCodes.Cycle);

    [Fact]
    public void ANodeHasOnlyOnePlace() =>
        Only(Validate(
            new Link(new Relationship(RelationshipType.LOCATED_IN, "org-a", "place-newcastle")),
            new Link(new Relationship(RelationshipType.LOCATED_IN, "org-a", "place-northumberland"))), ChangeErrorCodes.Duplicate);

    [Fact]
    public void MovingANodeByUnlinkingItsPlaceFirstIsValid()
    {
        var graph = GraphBuilder.NorthEast().Organisation("org-a", "A", place: "place-newcastle").Build();
        Assert.Empty(ChangeValidator.Validate(graph, [
            new Unlink(new RelationshipKey(RelationshipType.LOCATED_IN, "org-a", "place-newcastle")),
            new Link(new Relationship(RelationshipType.LOCATED_IN, "org-a", "place-northumberland"))]));
    }

    [Fact]
    public void RemovingAnUnknownNodeIsNotFound() =>
        Only(Validate(new RemoveNode("org-nope")), ChangeErrorCodes.NotFound);

    [Fact]
    public void AConfidenceOutsideZeroToOneIsOutOfRange() =>
        Only(Validate(new Link(new Relationship(RelationshipType.SPECIALISES_IN, "org-a", "spec-health") { Confidence = 1.5 })), ChangeErrorCodes.OutOfRange);
}
