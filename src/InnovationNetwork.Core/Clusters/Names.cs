using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.Core.Clusters;

/// <summary>The tie-break of every ranking: by name, then by id, so equal scores always list in the same order.</summary>
internal static class Names
{
    public static int Compare(Organisation a, Organisation b) =>
        string.CompareOrdinal(a.Name, b.Name) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
}
