namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// A list of lists of ints in two arrays (compressed sparse rows): row <c>i</c> is
/// <c>Items[Start[i]..Start[i + 1]]</c>. Compact and cache-friendly for walking adjacency.
/// </summary>
internal readonly struct Csr(int[] start, int[] items)
{
    public int[] Start { get; } = start;
    public int[] Items { get; } = items;

    public int Rows => Start.Length - 1;

    public ReadOnlySpan<int> this[int row] => Items.AsSpan(Start[row], Start[row + 1] - Start[row]);

    public int Count(int row) => Start[row + 1] - Start[row];

    /// <summary>Builds rows in order: call <see cref="Builder.Add"/> for the items of row 0, then <see cref="Builder.EndRow"/>, and so on.</summary>
    public sealed class Builder(int rows, int capacity = 16)
    {
        private readonly int[] _start = new int[rows + 1];
        private readonly List<int> _items = new(capacity);
        private int _row;

        public int Count => _items.Count;

        public void Add(int item) => _items.Add(item);

        /// <summary>Adds the item unless the current row has it already (rows are short).</summary>
        public void AddDistinct(int item)
        {
            for (var i = _start[_row]; i < _items.Count; i++)
            {
                if (_items[i] == item)
                {
                    return;
                }
            }

            _items.Add(item);
        }

        public void EndRow() => _start[++_row] = _items.Count;

        public Csr Build() => new(_start, _items.ToArray());
    }

    /// <summary>The transpose: for each item value (0..<paramref name="columns"/>), the rows that hold it, in row order.</summary>
    public Csr Invert(int columns)
    {
        var start = new int[columns + 1];
        foreach (var item in Items)
        {
            start[item + 1]++;
        }

        for (var c = 0; c < columns; c++)
        {
            start[c + 1] += start[c];
        }

        var items = new int[Items.Length];
        var next = start[..^1];
        for (var row = 0; row < Rows; row++)
        {
            foreach (var item in this[row])
            {
                items[next[item]++] = row;
            }
        }

        return new Csr(start, items);
    }
}
