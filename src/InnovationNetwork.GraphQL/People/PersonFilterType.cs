using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.People;
using InnovationNetwork.Core.Specialisms;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Organisations;
using InnovationNetwork.GraphQL.Specialisms;

namespace InnovationNetwork.GraphQL.People;

public sealed class PersonFilterType : NodeFilterType<PersonFilterType, PersonFilter, Person>
{
    public PersonFilterType() : base("PersonFilter", "people")
    {
        Field<StringFilterType>("name").Description("Conditions on the name.");
        Field<StringFilterType>("jobTitle").Description("Conditions on the job title.");
        Field<RelationFilterType<OrganisationFilter, Organisation, OrganisationFilterType>>("organisations").Description("Conditions on where they work.");
        Field<RelationFilterType<SpecialismFilter, Specialism, SpecialismFilterType>>("specialisms").Description("Conditions on their specialisms.");
    }
}
