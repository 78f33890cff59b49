using GraphQL.Types;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.GraphQL.Organisations;

public sealed class EmploymentType : ObjectGraphType<Employment>
{
    public EmploymentType()
    {
        Name = "Employment";
        Description = "Head-count facts for cluster measures.";
        Field(e => e.Employees).Description("Employees (head count).");
        Field(e => e.BetterJobs, nullable: true).Description("Employees in SOC 2020 major groups 1–3: managers, directors and senior officials; professional; associate professional and technical.");
        Field(e => e.Year).Description("The year the figures refer to.");
        Field(e => e.Source, nullable: true).Description("Where the figures come from.");
    }
}
