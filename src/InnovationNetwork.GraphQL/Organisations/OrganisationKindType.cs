using InnovationNetwork.Core.Organisations;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class OrganisationKindType() : DescribedEnumType<OrganisationKind>("BUSINESS, UNIVERSITY, RESEARCH_ORGANISATION (catapults, institutes), PUBLIC_BODY, FUNDER or OTHER.");
