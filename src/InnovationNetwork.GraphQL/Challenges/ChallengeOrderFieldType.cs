using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Challenges;
using InnovationNetwork.Core.Places;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Places;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Challenges;

public sealed class ChallengeOrderFieldType() : DescribedEnumType<ChallengeOrderField>("What challenges can be sorted by.");
