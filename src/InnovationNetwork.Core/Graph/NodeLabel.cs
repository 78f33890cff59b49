namespace InnovationNetwork.Core.Graph;

/// <summary>The seven kinds of node in the graph.</summary>
public enum NodeLabel
{
    Organisation,
    Person,
    Specialism,
    Capability,
    Challenge,
    Project,
    Place,
}
