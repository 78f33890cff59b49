using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.Core.Clusters;

/// <summary>
/// Money the cluster's organisations brought in through the cluster's projects, in one currency; amounts in
/// other currencies are never converted and are listed in <see cref="OtherCurrencies"/> instead.
/// </summary>
public sealed record ClusterFunding(
    Money Total,
    IReadOnlyList<YearAmount> ByYear,
    IReadOnlyList<FunderAmount> ByFunder,
    IReadOnlyList<Money> OtherCurrencies);

/// <summary>Funding of projects that started in <see cref="Year"/>; null year for projects without a start date.</summary>
public sealed record YearAmount(int? Year, Money Amount);

/// <summary>Funding through one funder (FUNDED_BY); a null funder gathers projects that name none.</summary>
public sealed record FunderAmount(Organisation? Funder, Money Amount);
