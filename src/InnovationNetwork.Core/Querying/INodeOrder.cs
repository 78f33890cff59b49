using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Querying;

/// <summary>
/// One key of a list's order. The viewer is given because some keys count related records, and a count
/// must not include records the viewer may not see (nor hint at them through the order).
/// </summary>
public interface INodeOrder<T> where T : Node
{
    (Func<T, IComparable?> Key, SortDirection Direction) Key(InnovationGraph graph, Viewer viewer);
}
