namespace InnovationNetwork.Core.Matching;

/// <summary>The kinds of record the search index holds one document for.</summary>
public enum SearchableType
{
    ORGANISATION,
    PERSON,
    CAPABILITY,
    PROJECT,
    CHALLENGE,
}
