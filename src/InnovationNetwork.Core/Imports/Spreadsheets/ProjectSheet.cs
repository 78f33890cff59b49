using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Projects;
using static InnovationNetwork.Core.Graph.RelationshipType;

namespace InnovationNetwork.Core.Imports.Spreadsheets;

/// <summary>
/// seed/templates/projects.csv. A project is the one the id names, else <c>project-{acronym or title}</c>.
/// participants is a list of <c>organisation[:role]</c> (ids or names), funders a list of organisations;
/// amounts are in the currency column's ISO code (GBP when empty).
/// </summary>
public static class ProjectSheet
{
    public static readonly string[] Columns =
    [
        "id", "title", "acronym", "abstract", "startDate", "endDate", "totalCost", "funding", "currency", "programme",
        "participants", "funders", "specialisms", "keywords", "postcode", "place",
    ];

    public static int Plan(ImportTable table, SheetContext sheet)
    {
        table.Header.Require("title");
        var rows = 0;
        foreach (var row in table.Rows)
        {
            rows++;
            var r = new SheetRow(row, sheet);
            var title = r.Read.Required(r.Column("title"), "title");
            var acronym = r.Text("acronym");
            var id = r.Id(NodeLabel.Project, () => $"project-{ImportIds.Slug(acronym ?? title)}");
            var existing = r.Existing<Project>(id);
            var currency = (r.Text("currency") ?? "GBP").ToUpperInvariant();
            var node = (existing ?? new Project { Id = id, Title = title }) with
            {
                Title = title,
                Acronym = acronym ?? existing?.Acronym,
                Abstract = r.Text("abstract") ?? existing?.Abstract,
                StartDate = r.Read.Date(r.Column("startDate"), "startDate") ?? existing?.StartDate,
                EndDate = r.Read.Date(r.Column("endDate"), "endDate") ?? existing?.EndDate,
                TotalCost = r.Read.Money(r.Column("totalCost"), "totalCost", currency) ?? existing?.TotalCost,
                Funding = r.Read.Money(r.Column("funding"), "funding", currency) ?? existing?.Funding,
                Programme = r.Text("programme") ?? existing?.Programme,
                Keywords = r.List("keywords") is { Count: > 0 } keywords ? keywords : existing?.Keywords ?? [],
            };

            var participants = new List<Relationship>();
            foreach (var entry in r.List("participants"))
            {
                var colon = entry.LastIndexOf(':');
                var (reference, role) = colon > 0 ? (entry[..colon].Trim(), entry[(colon + 1)..].Trim()) : (entry, null);
                if (r.Organisation("participants", reference) is { } organisation)
                {
                    participants.Add(new Relationship(PARTICIPATES_IN, organisation, id) { Role = string.IsNullOrEmpty(role) ? null : role });
                }
            }

            var funders = r.List("funders").Select(f => r.Organisation("funders", f)).OfType<string>().ToList();
            var place = r.Place(r.Text("postcode"));
            if (!r.Commit(node, place, r.Specialisms(), APPLIES_TO))
            {
                continue;
            }

            foreach (var participant in participants)
            {
                sheet.Plan.Link(participant);
            }

            foreach (var funder in funders)
            {
                sheet.Plan.Link(new Relationship(FUNDED_BY, id, funder));
            }
        }

        return rows;
    }
}
