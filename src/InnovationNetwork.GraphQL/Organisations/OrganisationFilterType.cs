using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Places;
using InnovationNetwork.GraphQL.Projects;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class OrganisationFilterType : NodeFilterType<OrganisationFilterType, OrganisationFilter, Organisation>
{
    public OrganisationFilterType() : base("OrganisationFilter", "organisations")
    {
        Field<StringFilterType>("name").Description("Conditions on the name.");
        Field<EnumFilterType<OrganisationKind, OrganisationKindType>>("kind").Description("Conditions on the kind.");
        Field<EnumFilterType<OrganisationSize, OrganisationSizeType>>("size").Description("Conditions on the size band.");
        Field<PlaceFilterType>("place").Description("Conditions on where it is, e.g. { id: { within: \"place-E06000057\" } } for Northumberland.");
        Field<RelationFilterType<SpecialismFilter, Specialism, SpecialismFilterType>>("specialisms").Description("Conditions on its specialisms, e.g. { some: { id: { within: \"spec-energy\" } } }.");
        Field<RelationFilterType<ProjectFilter, Project, ProjectFilterType>>("projects").Description("Conditions on its projects.");
        Field<IntFilterType>("projectCount").Description("Conditions on how many projects it took part in.");
        Field<IntFilterType>("employees").Description("Conditions on its employees.");
    }
}
