using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Organisations;

namespace InnovationNetwork.GraphQL.Specialisms;

public sealed class SpecialismOrderFieldType() : DescribedEnumType<SpecialismOrderField>("What specialisms can be sorted by; ORGANISATION_COUNT counts direct specialisers.");
