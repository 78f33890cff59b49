using GraphQL.Types;
using InnovationNetwork.Core.Clusters;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Clusters;

// Location quotients and relatedness: how the place compares, and what the specialism sits next to.

public sealed class LocationQuotientsType : ObjectGraphType<LocationQuotients>
{
    public LocationQuotientsType()
    {
        Name = "LocationQuotients";
        Description = "Location quotients against the whole dataset (with the CORDIS UK data, the UK). The base is organisations naming at least "
            + "one specialism and projects applying to at least one, so uneven tagging between places does not skew it.";
        Field<NonNullGraphType<LocationQuotientType>>("organisations").Description("By organisations: the cluster's, over the place's organisations naming a specialism.").Resolve(ctx => ctx.Source.Organisations);
        Field<NonNullGraphType<LocationQuotientType>>("projects").Description("By projects: the cluster's projects, over projects in the period applying to a specialism in which such an organisation of the place takes part.").Resolve(ctx => ctx.Source.Projects);
        Field<NonNullGraphType<LocationQuotientType>>("funding").Description("By funding in the asked currency: the cluster's, over what such organisations of the place brought in during the period.").Resolve(ctx => ctx.Source.Funding);
    }
}

public sealed class LocationQuotientType : ObjectGraphType<LocationQuotient>
{
    public LocationQuotientType()
    {
        Name = "LocationQuotient";
        Description = "LQ = (inPlace ÷ placeTotal) ÷ (specialism ÷ total), with its four inputs so it can be checked.";
        Field<FloatGraphType>("value").Description("The quotient: above 1, the place is more specialised in this than the dataset. Null when placeTotal or specialism is 0 (no share to compare).").Resolve(ctx => ctx.Source.Value);
        Field<NonNullGraphType<FloatGraphType>>("inPlace").Description("The cluster's count or amount in the place.").Resolve(ctx => (double)ctx.Source.InPlace);
        Field<NonNullGraphType<FloatGraphType>>("placeTotal").Description("All of it in the place.").Resolve(ctx => (double)ctx.Source.PlaceTotal);
        Field<NonNullGraphType<FloatGraphType>>("specialism").Description("The specialism's across the whole dataset.").Resolve(ctx => (double)ctx.Source.Specialism);
        Field<NonNullGraphType<FloatGraphType>>("total").Description("All of it across the whole dataset.").Resolve(ctx => (double)ctx.Source.Total);
    }
}

public sealed class RelatedSpecialismType : ObjectGraphType<RelatedSpecialism>
{
    public RelatedSpecialismType()
    {
        Name = "RelatedSpecialism";
        Description = "A specialism related to the cluster's by co-occurrence in organisations' portfolios (Hidalgo et al. 2007's proximity).";
        Field<NonNullGraphType<SpecialismType>>("specialism").Description("The related specialism.").Resolve(ctx => ctx.Source.Specialism);
        Field(r => r.Proximity).Description("φ = min(P(this | that), P(that | this)) = shared ÷ max(N_this, N_that), where N counts organisations "
            + "holding the specialism (it or below it) anywhere in the dataset. 0–1.");
        Field(r => r.SharedOrganisations).Description("Organisations holding both.");
    }
}
