using GraphQL.Types;
using InnovationNetwork.Core.Clusters;
using InnovationNetwork.GraphQL.Organisations;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Clusters;

// The collaboration side of ClusterStrength: the network, its connectors, brokers and bridges.

public sealed class ClusterNetworkType : ObjectGraphType<ClusterNetwork>
{
    public ClusterNetworkType()
    {
        Name = "ClusterNetwork";
        Description = "The collaboration network among the cluster's organisations (n of them, L links; a link = at least one shared project in the period).";
        Field(n => n.Organisations).Description("n: the cluster's organisations, linked or not.");
        Field(n => n.Links).Description("L: pairs of the cluster's organisations sharing at least one project.");
        Field(n => n.Density, nullable: true).Description("2L ÷ (n(n − 1)): the share of possible pairs that are linked, 0–1; null when n < 2.");
        Field(n => n.AverageDegree, nullable: true).Description("2L ÷ n: partners inside the cluster per organisation; null when n = 0.");
        Field(n => n.Components).Description("Connected components, isolated organisations included: 1 means everyone is reachable from everyone.");
        Field(n => n.LargestComponent).Description("Organisations in the largest component.");
        Field(n => n.Isolated).Description("Organisations with no partner inside the cluster.");
    }
}

public sealed class DegreeConnectorType : ObjectGraphType<DegreeConnector>
{
    public DegreeConnectorType()
    {
        Name = "DegreeConnector";
        Description = "An organisation and its partners inside the cluster.";
        Field<NonNullGraphType<OrganisationType>>("organisation").Description("The organisation.").Resolve(ctx => ctx.Source.Organisation);
        Field(c => c.Degree).Description("Degree: how many of the cluster's organisations it shares a project with.");
    }
}

public sealed class BetweennessConnectorType : ObjectGraphType<BetweennessConnector>
{
    public BetweennessConnectorType()
    {
        Name = "BetweennessConnector";
        Description = "An organisation that holds the cluster together: it lies on many shortest paths between other members.";
        Field<NonNullGraphType<OrganisationType>>("organisation").Description("The organisation.").Resolve(ctx => ctx.Source.Organisation);
        Field(c => c.Degree).Description("Its degree inside the cluster.");
        Field(c => c.Betweenness).Description("Normalised betweenness, 0–1: C(v) ÷ ((n − 1)(n − 2) ÷ 2), where C(v) = Σ over pairs s ≠ v ≠ t "
            + "of σ_st(v) ÷ σ_st, the share of shortest s–t paths passing through v (Brandes 2001).");
    }
}

public sealed class BetweennessMethodType : ObjectGraphType<BetweennessMethod>
{
    public BetweennessMethodType()
    {
        Name = "BetweennessMethod";
        Description = "Exact betweenness costs a breadth-first search from every organisation with a partner in the cluster (n′ of them; "
            + "the others lie on no path). When n′·(n′ + 2L) exceeds 1 million steps (a few milliseconds) and the sample that fits would "
            + "hold under nine in ten of them, it is estimated from k sources instead, k = max(32, 1,000,000 ÷ (n′ + 2L)), scaled by n′ ÷ k "
            + "(Brandes and Pich 2007). The sample is the k whose ids hash lowest, so answers are repeatable. Top ranks are reliable; "
            + "small differences between estimates are not.";
        Field(m => m.Exact).Description("True when every organisation with a partner was a source.");
        Field(m => m.Sources).Description("k: the organisations searches started from (n′ when exact).");
        Field(m => m.Organisations).Description("n: the organisations in the network.");
    }
}

public sealed class ClusterBrokerType : ObjectGraphType<ClusterBroker>
{
    public ClusterBrokerType()
    {
        Name = "ClusterBroker";
        Description = "A member of the cluster that links it to others.";
        Field<NonNullGraphType<OrganisationType>>("organisation").Description("The organisation.").Resolve(ctx => ctx.Source.Organisation);
        Field(b => b.OutsidePartners).Description("Partners (shared projects in the period) that are not in the cluster.");
        Field(b => b.OtherSpecialisms).Description("Distinct specialisms those partners hold, outside this specialism's own line.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SpecialismType>>>>("specialismsReached").Description("Up to five of them, held by most partners first.").Resolve(ctx => ctx.Source.SpecialismsReached);
    }
}

public sealed class ClusterBridgeType : ObjectGraphType<ClusterBridge>
{
    public ClusterBridgeType()
    {
        Name = "ClusterBridge";
        Description = "Another specialism the cluster reaches through collaboration.";
        Field<NonNullGraphType<SpecialismType>>("specialism").Description("The other specialism.").Resolve(ctx => ctx.Source.Specialism);
        Field(b => b.Partners).Description("Organisations outside the cluster, holding it, that share a project with a member.");
        Field(b => b.Links).Description("Member–partner pairs behind those partnerships.");
    }
}
