namespace InnovationNetwork.Core.Graph;

/// <summary>The stable codes of validation failures; clients may switch on them.</summary>
public static class ChangeErrorCodes
{
    public const string Required = "REQUIRED";
    public const string Invalid = "INVALID";
    public const string OutOfRange = "OUT_OF_RANGE";
    public const string NotFound = "NOT_FOUND";
    public const string Duplicate = "DUPLICATE";
    public const string WrongEndpoint = "WRONG_ENDPOINT";
    public const string Cycle = "CYCLE";
    public const string VersionConflict = "VERSION_CONFLICT";
    public const string Forbidden = "FORBIDDEN";
}
