using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Organisations;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.Projects;

public sealed class ProjectFilterType : NodeFilterType<ProjectFilterType, ProjectFilter, Project>
{
    public ProjectFilterType() : base("ProjectFilter", "projects")
    {
        Field<StringFilterType>("title").Description("Conditions on the title.");
        Field<StringFilterType>("acronym").Description("Conditions on the acronym.");
        Field<StringFilterType>("programme").Description("Conditions on the programme.");
        Field<DateFilterType>("startDate").Description("Conditions on the start date.");
        Field<DateFilterType>("endDate").Description("Conditions on the end date.");
        Field<DecimalFilterType>("funding").Description("Conditions on the funding amount.");
        Field<IntFilterType>("participantCount").Description("Conditions on how many took part.");
        Field<RelationFilterType<SpecialismFilter, Specialism, SpecialismFilterType>>("specialisms").Description("Conditions on its specialisms.");
        Field<RelationFilterType<OrganisationFilter, Organisation, OrganisationFilterType>>("participants").Description("Conditions on the organisations that took part.");
    }
}
