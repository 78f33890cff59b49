using GraphQL.Types;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class OrganisationKindType : EnumerationGraphType<OrganisationKind>
{
    public OrganisationKindType()
    {
        Name = "OrganisationKind";
        Description = "BUSINESS, UNIVERSITY, RESEARCH_ORGANISATION (catapults, institutes), PUBLIC_BODY, FUNDER or OTHER.";
    }
}

public sealed class OrganisationSizeType : EnumerationGraphType<OrganisationSize>
{
    public OrganisationSizeType()
    {
        Name = "OrganisationSize";
        Description = "Size band by employees: MICRO under 10, SMALL under 50, MEDIUM under 250, LARGE 250 or more.";
    }
}

public sealed class OrganisationOrderFieldType : EnumerationGraphType<OrganisationOrderField>
{
    public OrganisationOrderFieldType()
    {
        Name = "OrganisationOrderField";
        Description = "What organisations can be sorted by.";
    }
}
