namespace InnovationNetwork.Core.Querying;

/// <summary>Conditions on a text field; all that are set must hold. Comparisons ignore case.</summary>
public sealed class StringFilter
{
    public string? Eq { get; set; }
    public IReadOnlyList<string>? In { get; set; }
    public string? Contains { get; set; }
    public string? StartsWith { get; set; }

    public bool Matches(string? value) =>
        (Eq is null || string.Equals(value, Eq, StringComparison.OrdinalIgnoreCase))
        && (In is null || (value is not null && In.Contains(value, StringComparer.OrdinalIgnoreCase)))
        && (Contains is null || (value?.Contains(Contains, StringComparison.OrdinalIgnoreCase) ?? false))
        && (StartsWith is null || (value?.StartsWith(StartsWith, StringComparison.OrdinalIgnoreCase) ?? false));
}
