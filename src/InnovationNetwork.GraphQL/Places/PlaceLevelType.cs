using InnovationNetwork.Core.Places;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Places;

public sealed class PlaceLevelType() : DescribedEnumType<PlaceLevel>("COUNTRY, REGION, LEP_AREA (Local Enterprise Partnership area) or LOCAL_AUTHORITY.");
