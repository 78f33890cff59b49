using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Places;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Organisations;

namespace InnovationNetwork.GraphQL.Places;

public sealed class PlaceConnectionType() : ConnectionType<PlaceType, Place>("Place");
