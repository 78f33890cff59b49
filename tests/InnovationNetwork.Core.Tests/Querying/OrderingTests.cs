using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Tests.Querying;

public sealed class OrderingTests
{
    private static readonly (Func<Organisation, IComparable?>, SortDirection)[] ByEmployeesThenName =
        [(o => o.Employment?.Employees, SortDirection.DESC), (o => o.Name, SortDirection.ASC)];

    // Few distinct names and sizes, some unknown: ties that only the id breaks, and missing values that sort last.
    private static List<Organisation> Organisations() => Enumerable.Range(0, 500)
        .Select(i => new Organisation
        {
            Id = $"org-{(i * 7919) % 500:D3}",
            Name = $"Firm {i % 13}",
            Employment = i % 5 == 0 ? null : new Employment(i % 17, null, 2024, "test"),
        })
        .ToList();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(124)]
    [InlineData(500)]
    public void OrderingOnlyTheFirstItemsGivesTheFirstItemsOfTheFullOrder(int top)
    {
        var full = Ordering.Sort(Organisations(), ByEmployeesThenName).Select(o => o.Id).ToList();

        var first = Ordering.First(Organisations(), ByEmployeesThenName, top);

        Assert.Equal(full.Take(top), Enumerable.Range(0, top).Select(i => first[i].Id));
        Assert.Equal(full.Count, first.Count);
    }

    [Fact]
    public void ReadingPastTheOrderedStartFailsRatherThanAnsweringWrongly()
    {
        var first = Ordering.First(Organisations(), ByEmployeesThenName, 20);

        Assert.Equal(500, first.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => first[20]);
    }
}
