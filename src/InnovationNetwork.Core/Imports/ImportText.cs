using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Imports;

/// <summary>Tidies free-text fields from outside data into what the node rules accept.</summary>
public static class ImportText
{
    /// <summary>A web address with its scheme (<c>www.ncl.ac.uk</c> → <c>http://www.ncl.ac.uk</c>); null when it is not one.</summary>
    public static string? WebAddress(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (!value.Contains("://", StringComparison.Ordinal))
        {
            value = "http://" + value;
        }

        return NodeRules.IsWebAddress(value) ? value : null;
    }

    /// <summary>The non-empty parts joined by ", "; null when all are empty.</summary>
    public static string? Join(params ReadOnlySpan<string?> parts)
    {
        var kept = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                kept.Add(part.Trim());
            }
        }

        return kept.Count == 0 ? null : string.Join(", ", kept);
    }

    /// <summary>
    /// The value most rows give (ignoring empty ones); ties go to the row of the highest <paramref name="order"/>
    /// and then to the value that sorts first, so the choice is the same on every run whatever the row order.
    /// </summary>
    public static string? MostCommon<T>(IEnumerable<T> rows, Func<T, string?> value, Func<T, long> order) =>
        rows.Select(r => (Value: value(r), Order: order(r)))
            .Where(v => !string.IsNullOrWhiteSpace(v.Value))
            .GroupBy(v => v.Value!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Max(v => v.Order))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
}
