using GraphQL.Types;
using InnovationNetwork.Core.Projects;
using InnovationNetwork.GraphQL.Common;

namespace InnovationNetwork.GraphQL.Projects;

public sealed class JoinProjectInputType : InputObjectGraphType<JoinProject>
{
    public JoinProjectInputType()
    {
        Name = "JoinProjectInput";
        Description = "An organisation or person taking part in a project.";
        Field<NonNullGraphType<IdGraphType>>("project").Description("The project.");
        Field<NonNullGraphType<IdGraphType>>("participant").Description("The organisation or person joining; you must be a member of (their) organisation, or staff.");
        Field<StringGraphType>("role").Description("Their role, e.g. partner.");
        Field<MoneyInputType>("contribution").Description("What they receive or put in, e.g. the EU contribution; not negative.");
    }
}
