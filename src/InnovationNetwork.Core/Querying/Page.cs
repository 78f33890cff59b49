namespace InnovationNetwork.Core.Querying;

/// <summary>One page of an ordered list, with where it starts in the whole list and the list's size.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int TotalCount) : IPage
{
    public int Count => Items.Count;

    public bool HasNextPage => Offset + Items.Count < TotalCount;
    public bool HasPreviousPage => Offset > 0;

    public string CursorAt(int index) => Cursor.Encode(Offset + index);

    public Page<TResult> Select<TResult>(Func<T, TResult> map) => new(Items.Select(map).ToArray(), Offset, TotalCount);
}

/// <summary>What every page says about its place in the list, whatever it holds.</summary>
public interface IPage
{
    int Count { get; }
    bool HasNextPage { get; }
    bool HasPreviousPage { get; }
    string CursorAt(int index);
}
