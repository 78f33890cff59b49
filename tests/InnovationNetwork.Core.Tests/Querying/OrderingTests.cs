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
    public void OrderingOnlyTheFirstItemsGivesTheFirstItemsOfTheFullOrder(int top)
    {
        var full = Ordering.Sort(Organisations(), ByEmployeesThenName).Select(o => o.Id).ToList();

        var partial = Ordering.Sort(Organisations(), ByEmployeesThenName, top).Select(o => o.Id).ToList();

        Assert.Equal(full.Take(top), partial.Take(top));
        Assert.Equal(full.Order(StringComparer.Ordinal), partial.Order(StringComparer.Ordinal));
    }
}
