namespace InnovationNetwork.Core.Querying;

/// <summary>
/// Conditions on a number or date; all that are set must hold. A missing value matches only a filter
/// with nothing set, so "funding &gt; 0" leaves out projects whose funding is unknown.
/// </summary>
public class RangeFilter<T> where T : struct, IComparable<T>
{
    public T? Eq { get; set; }
    public T? Gt { get; set; }
    public T? Gte { get; set; }
    public T? Lt { get; set; }
    public T? Lte { get; set; }
    public IReadOnlyList<T>? In { get; set; }

    public bool Matches(T? value)
    {
        if (value is not { } v)
        {
            return Eq is null && Gt is null && Gte is null && Lt is null && Lte is null && In is null;
        }

        return (Eq is null || v.CompareTo(Eq.Value) == 0)
            && (Gt is null || v.CompareTo(Gt.Value) > 0)
            && (Gte is null || v.CompareTo(Gte.Value) >= 0)
            && (Lt is null || v.CompareTo(Lt.Value) < 0)
            && (Lte is null || v.CompareTo(Lte.Value) <= 0)
            && (In is null || In.Contains(v));
    }
}

public sealed class IntFilter : RangeFilter<int>;

public sealed class DecimalFilter : RangeFilter<decimal>;

public sealed class DateFilter : RangeFilter<DateOnly>;
