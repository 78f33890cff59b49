namespace InnovationNetwork.Core.Clusters;

/// <summary>Division for measures: null when the denominator is zero (or an input is null), never NaN or infinity.</summary>
internal static class Ratio
{
    public static double? Of(double? numerator, double? denominator) =>
        numerator is { } n && denominator is { } d && d != 0 && double.IsFinite(n / d) ? n / d : null;

    public static double? Of(long numerator, long denominator) => Of((double)numerator, denominator);

    public static double? Of(decimal numerator, decimal denominator) =>
        denominator == 0 ? null : (double)(numerator / denominator);
}
