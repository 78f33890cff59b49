using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Specialisms;

public sealed class SpecialismOrderFieldType() : DescribedEnumType<SpecialismOrderField>("What specialisms can be sorted by; ORGANISATION_COUNT counts direct specialisers.");
