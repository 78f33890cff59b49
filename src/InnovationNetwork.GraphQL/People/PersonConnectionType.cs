using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Querying;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Capabilities;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Organisations;
using InnovationNetwork.GraphQL.Projects;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.People;

public sealed class PersonConnectionType() : ConnectionType<PersonType, Person>("Person");
