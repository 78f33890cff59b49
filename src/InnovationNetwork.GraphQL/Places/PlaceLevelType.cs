using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Places;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Organisations;

namespace InnovationNetwork.GraphQL.Places;

public sealed class PlaceLevelType() : DescribedEnumType<PlaceLevel>("COUNTRY, REGION, LEP_AREA (Local Enterprise Partnership area) or LOCAL_AUTHORITY.");
