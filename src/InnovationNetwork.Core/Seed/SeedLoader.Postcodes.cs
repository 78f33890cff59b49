namespace InnovationNetwork.Core.Seed;

// The postcode directory: districts from places.json, areas from postcode-areas.csv.
public static partial class SeedLoader
{
    /// <summary>
    /// Reads the postcode districts of seed/places.json and the area table of seed/postcode-areas.csv.
    /// Throws <see cref="SeedFileException"/> when a district or area is given twice, is not a postcode
    /// district or area, or names a place places.json does not define.
    /// </summary>
    public static PostcodeDirectory LoadPostcodes(string seedDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seedDirectory);
        var places = Read<SeedPlace>(seedDirectory, PlacesFile);
        var byDistrict = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var place in places.Items)
        {
            foreach (var district in place.PostcodeDistricts)
            {
                var code = district.Trim().ToUpperInvariant();
                if (!PostcodeDirectory.IsOutwardCode(code))
                {
                    throw new SeedFileException(places.Path, $"'{place.Id}' lists '{district}', which is not a postcode district such as NE1.");
                }

                if (!byDistrict.TryAdd(code, place.Id))
                {
                    throw new SeedFileException(places.Path, $"the postcode district {code} is listed by both '{byDistrict[code]}' and '{place.Id}'.");
                }
            }
        }

        var placeIds = places.Items.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return new PostcodeDirectory(byDistrict, ReadAreas(seedDirectory, placeIds));
    }

    private static Dictionary<string, string> ReadAreas(string seedDirectory, HashSet<string> placeIds)
    {
        var path = Path.GetFullPath(Path.Combine(seedDirectory, PostcodeAreasFile));
        if (!File.Exists(path))
        {
            throw new SeedFileException(path, "the file is missing.");
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim() != "area,place")
        {
            throw new SeedFileException(path, "the first line must be the header 'area,place'.");
        }

        var byArea = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = lines[i].Split(',');
            var line = i + 1;
            if (fields.Length != 2)
            {
                throw new SeedFileException(path, $"line {line} has {fields.Length} fields; it needs two, area and place.");
            }

            var (area, place) = (fields[0].Trim().ToUpperInvariant(), fields[1].Trim());
            if (area.Length is < 1 or > 2 || !area.All(char.IsAsciiLetter))
            {
                throw new SeedFileException(path, $"line {line}: '{area}' is not a postcode area (one or two letters).");
            }

            if (!placeIds.Contains(place))
            {
                throw new SeedFileException(path, $"line {line}: the place '{place}' is not defined in {PlacesFile}.");
            }

            if (!byArea.TryAdd(area, place))
            {
                throw new SeedFileException(path, $"line {line}: the area {area} is listed twice.");
            }
        }

        return byArea;
    }
}
