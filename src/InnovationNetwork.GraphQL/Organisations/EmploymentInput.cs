using GraphQL.Types;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class EmploymentInputType : InputObjectGraphType<Employment>
{
    public EmploymentInputType()
    {
        Name = "EmploymentInput";
        Description = "Head-count facts for cluster measures.";
        Field<NonNullGraphType<IntGraphType>>("employees").Description("Employees (head count), not negative.");
        Field<IntGraphType>("betterJobs").Description("Employees in SOC 2020 major groups 1–3; between 0 and employees.");
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year the figures refer to.");
        Field<StringGraphType>("source").Description("Where the figures come from.");
    }
}
