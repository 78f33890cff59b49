using GraphQL.Types;
using InnovationNetwork.Core.Projects;

namespace InnovationNetwork.GraphQL.Projects;

public sealed class LeaveProjectInputType : InputObjectGraphType<LeaveProject>
{
    public LeaveProjectInputType()
    {
        Name = "LeaveProjectInput";
        Description = "An organisation or person no longer taking part in a project.";
        Field<NonNullGraphType<IdGraphType>>("project").Description("The project.");
        Field<NonNullGraphType<IdGraphType>>("participant").Description("The organisation or person leaving.");
    }
}
