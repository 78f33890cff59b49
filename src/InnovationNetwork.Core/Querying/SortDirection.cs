namespace InnovationNetwork.Core.Querying;

public enum SortDirection
{
    ASC,
    DESC,
}
