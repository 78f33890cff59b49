using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.GraphQL.Common;

public sealed class IdentifierSchemeType() : DescribedEnumType<IdentifierScheme>("Schemes outside systems use: PIC (EU participant code), COMPANIES_HOUSE, UKPRN (UK provider reference), ROR, ORCID, CORDIS_PROJECT, ESIF_PROJECT.");
