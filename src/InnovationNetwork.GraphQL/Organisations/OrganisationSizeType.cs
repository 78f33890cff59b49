using InnovationNetwork.Core.Organisations;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class OrganisationSizeType() : DescribedEnumType<OrganisationSize>("Size band by employees: MICRO under 10, SMALL under 50, MEDIUM under 250, LARGE 250 or more.");
