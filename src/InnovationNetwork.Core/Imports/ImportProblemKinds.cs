namespace InnovationNetwork.Core.Imports;

/// <summary>The kinds of row problem the importers report; the summary counts rows by these.</summary>
public static class ImportProblemKinds
{
    public const string MissingValue = "missing value";
    public const string MalformedNumber = "malformed number";
    public const string MalformedDate = "malformed date";
    public const string MalformedValue = "malformed value";
    public const string DuplicateId = "duplicate id";
    public const string UnknownProject = "unknown project";
    public const string UnknownReference = "unknown reference";
    public const string BrokenRecord = "broken record";
    public const string InvalidRecord = "invalid record";
}
