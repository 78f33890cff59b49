using System.Text;
using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.Core.Projects;

namespace InnovationNetwork.Core.Matching;

/// <summary>What an organisation says and has done, as one text: its description and keywords, its capabilities, its most recent projects.</summary>
public static class OrganisationText
{
    public static string Of(InnovationGraph graph, Organisation organisation, int projects = 50)
    {
        var text = new StringBuilder();
        Append(text, organisation.Description);
        Append(text, string.Join(", ", organisation.Keywords));
        foreach (var capability in graph.Outgoing(organisation.Id, RelationshipType.OFFERS).Select(r => graph.Find<Capability>(r.To)).OfType<Capability>())
        {
            Append(text, capability.Name);
            Append(text, capability.Description);
            Append(text, string.Join(", ", capability.Keywords));
        }

        foreach (var project in graph.Outgoing(organisation.Id, RelationshipType.PARTICIPATES_IN)
                     .Select(r => graph.Find<Project>(r.To)).OfType<Project>()
                     .OrderByDescending(p => p.StartDate ?? DateOnly.MinValue).Take(projects))
        {
            Append(text, project.Title);
            Append(text, project.Abstract);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string? part)
    {
        if (!string.IsNullOrWhiteSpace(part))
        {
            text.Append(part).Append(".\n");
        }
    }
}
