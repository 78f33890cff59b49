using GraphQL.Types;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.GraphQL.Common;
using InnovationNetwork.GraphQL.Organisations;

namespace InnovationNetwork.GraphQL.Projects;

public sealed class RegisterProjectInputType : InputObjectGraphType<RegisterProject>
{
    public RegisterProjectInputType()
    {
        Name = "RegisterProjectInput";
        Description = "A collaborative project your organisation takes part in. Its id is made from its acronym, else its title.";
        Field<NonNullGraphType<IdGraphType>>("organisation").Description("The organisation registering it, which takes part; you must be a member of it (or staff).");
        Field<StringGraphType>("role").Description("The organisation's role in it, e.g. coordinator or partner.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("The project's title (REQUIRED, not blank).");
        Field<StringGraphType>("acronym").Description("Its acronym, e.g. BLADE.");
        Field<StringGraphType>("abstract").Description("What it is about.");
        Field<DateType>("startDate").Description("When it starts.");
        Field<DateType>("endDate").Description("When it ends; not before startDate.");
        Field<MoneyInputType>("totalCost").Description("The whole project's cost, not negative.");
        Field<MoneyInputType>("funding").Description("Public funding granted, not negative.");
        Field<StringGraphType>("programme").Description("The funding programme, e.g. Horizon Europe.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keywords").Description("Words that describe it.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("specialisms").Description("Specialisms it applies to, by id.");
        Field<ListGraphType<NonNullGraphType<IdentifierInputType>>>("identifiers").Description("How outside systems name it, e.g. CORDIS_PROJECT.");
    }
}
