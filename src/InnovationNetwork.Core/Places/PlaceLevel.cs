namespace InnovationNetwork.Core.Places;

/// <summary>Levels of the place tree, largest first.</summary>
public enum PlaceLevel
{
    COUNTRY,
    REGION,
    LEP_AREA,
    LOCAL_AUTHORITY,
}
