namespace InnovationNetwork.Core.Seed;

/// <summary>
/// Maps a UK postcode to a place id: the place whose postcode districts include its outward code
/// (a North East local authority, mostly), else the region or nation of its postcode area, else nothing.
/// Built by <see cref="SeedLoader.LoadPostcodes"/> from seed/places.json and seed/postcode-areas.csv.
/// </summary>
public sealed class PostcodeDirectory
{
    private readonly Dictionary<string, string> _byDistrict;
    private readonly Dictionary<string, string> _byArea;

    public PostcodeDirectory(IReadOnlyDictionary<string, string> byDistrict, IReadOnlyDictionary<string, string> byArea)
    {
        ArgumentNullException.ThrowIfNull(byDistrict);
        ArgumentNullException.ThrowIfNull(byArea);
        _byDistrict = new Dictionary<string, string>(byDistrict, StringComparer.OrdinalIgnoreCase);
        _byArea = new Dictionary<string, string>(byArea, StringComparer.OrdinalIgnoreCase);
    }

    public int DistrictCount => _byDistrict.Count;

    public int AreaCount => _byArea.Count;

    /// <summary>
    /// The place id for a full postcode ("NE1 7RU", "ne17ru") or an outward code ("NE1"); null when the
    /// text is not a postcode or its area is unknown.
    /// </summary>
    public string? FindPlaceId(string? postcode)
    {
        var outward = OutwardCode(postcode);
        if (outward is null)
        {
            return null;
        }

        return _byDistrict.TryGetValue(outward, out var place) ? place : _byArea.GetValueOrDefault(AreaOf(outward));
    }

    /// <summary>The outward code (district) of a postcode in any case and spacing: "ne1 7ru" gives "NE1".</summary>
    public static string? OutwardCode(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return null;
        }

        var compact = string.Concat(postcode.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (compact.Length >= 5 && IsInwardCode(compact.AsSpan(compact.Length - 3)) && IsOutwardCode(compact[..^3]))
        {
            return compact[..^3];
        }

        return IsOutwardCode(compact) ? compact : null;
    }

    /// <summary>The letters an outward code starts with: "NE" for "NE1", "M" for "M1".</summary>
    public static string AreaOf(string outwardCode) =>
        new(outwardCode.TakeWhile(char.IsAsciiLetter).ToArray());

    /// <summary>One or two letters, a digit, and at most one more letter or digit (NE1, M1, SW1A, DH97).</summary>
    public static bool IsOutwardCode(string value)
    {
        var letters = AreaOf(value).Length;
        var rest = value.Length - letters;
        return letters is 1 or 2 && rest is 1 or 2 && char.IsAsciiDigit(value[letters])
            && (rest == 1 || char.IsAsciiLetterOrDigit(value[letters + 1]));
    }

    private static bool IsInwardCode(ReadOnlySpan<char> value) =>
        value.Length == 3 && char.IsAsciiDigit(value[0]) && char.IsAsciiLetter(value[1]) && char.IsAsciiLetter(value[2]);
}
