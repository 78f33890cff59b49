using InnovationNetwork.Core.Places;

namespace InnovationNetwork.Search.Tests.Support;

/// <summary>The North East in miniature: places and a specialism tree with the keywords people search by.</summary>
internal static class World
{
    public const string Uk = "place-uk";
    public const string NorthEast = "place-ne";
    public const string Northumberland = "place-northumberland";
    public const string Newcastle = "place-newcastle";
    public const string Durham = "place-durham";
    public const string Scotland = "place-scotland";

    public const string Energy = "spec-energy";
    public const string OffshoreWind = "spec-offshore-wind";
    public const string OffshoreRobotics = "spec-offshore-robotics";
    public const string WindOperations = "spec-wind-operations";
    public const string Subsea = "spec-subsea";
    public const string Health = "spec-health";
    public const string Ageing = "spec-ageing";

    public static Changes Base() => new Changes()
        .Place(Uk, "United Kingdom", PlaceLevel.COUNTRY)
        .Place(NorthEast, "North East", PlaceLevel.REGION, Uk)
        .Place(Scotland, "Scotland", PlaceLevel.REGION, Uk)
        .Place(Northumberland, "Northumberland", PlaceLevel.LOCAL_AUTHORITY, NorthEast)
        .Place(Newcastle, "Newcastle upon Tyne", PlaceLevel.LOCAL_AUTHORITY, NorthEast)
        .Place(Durham, "County Durham", PlaceLevel.LOCAL_AUTHORITY, NorthEast)
        .Specialism(Energy, "Energy", null, "energy", "net zero", "low carbon")
        .Specialism(OffshoreWind, "Offshore wind", Energy, "offshore wind", "wind farm", "wind turbine")
        .Specialism(OffshoreRobotics, "Offshore robotics", OffshoreWind, "rov", "auv", "cable inspection", "blade repair", "crawler robot")
        .Specialism(WindOperations, "Wind operations and maintenance", OffshoreWind, "o&m", "condition monitoring", "crew transfer")
        .Specialism(Subsea, "Subsea", Energy, "subsea", "umbilical", "seabed", "pipeline")
        .Specialism(Health, "Health and life sciences", null, "health", "clinical", "medical")
        .Specialism(Ageing, "Healthy ageing", Health, "ageing", "older people", "assistive technology", "care home");
}
