using InnovationNetwork.Core.Querying;

namespace InnovationNetwork.Core.Tests.Querying;

public sealed class PagingTests
{
    private static readonly int[] Items = Enumerable.Range(0, 10).ToArray();

    [Fact]
    public void FirstThenAfterWalksTheWholeListOnce()
    {
        var seen = new List<int>();
        string? after = null;
        do
        {
            var page = Paging.Slice(Items, new PageRequest(First: 3, After: after), 20);
            seen.AddRange(page.Items);
            after = page.HasNextPage ? page.CursorAt(page.Items.Count - 1) : null;
        }
        while (after is not null);

        Assert.Equal(Items, seen);
    }

    [Fact]
    public void LastBeforeTakesTheItemsJustBefore()
    {
        var page = Paging.Slice(Items, new PageRequest(Last: 2, Before: Cursor.Encode(5)), 20);
        Assert.Equal([3, 4], page.Items);
        Assert.True(page.HasPreviousPage);
        Assert.True(page.HasNextPage);
        Assert.Equal(10, page.TotalCount);
    }

    [Theory]
    [InlineData(101, null, null, "at most 100")]
    [InlineData(-1, null, null, "negative")]
    [InlineData(5, 5, null, "not both")]
    [InlineData(null, null, "bm90IGEgY3Vyc29y", "not a cursor")]
    [InlineData(null, null, "%%%", "not a cursor")]
    public void BadPageRequestsAreExplained(int? first, int? last, string? after, string expected)
    {
        var problem = Paging.Check(new PageRequest(first, after, last), maxPageSize: 100);
        Assert.Contains(expected, problem);
    }
}
