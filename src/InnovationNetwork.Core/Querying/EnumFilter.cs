namespace InnovationNetwork.Core.Querying;

/// <summary>Conditions on an enumerated field.</summary>
public sealed class EnumFilter<T> where T : struct, Enum
{
    public T? Eq { get; set; }
    public IReadOnlyList<T>? In { get; set; }

    public bool Matches(T? value) =>
        (Eq is null || (value is not null && value.Value.Equals(Eq.Value)))
        && (In is null || (value is not null && In.Contains(value.Value)));
}
