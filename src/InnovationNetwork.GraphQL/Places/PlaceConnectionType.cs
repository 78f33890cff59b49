using InnovationNetwork.Core.Places;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Places;

public sealed class PlaceConnectionType() : ConnectionType<PlaceType, Place>("Place");
