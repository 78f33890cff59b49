using InnovationNetwork.Core.Capabilities;
using InnovationNetwork.Core.Graph;
using static InnovationNetwork.Core.Graph.RelationshipType;

namespace InnovationNetwork.Core.Imports.Spreadsheets;

/// <summary>
/// seed/templates/capabilities.csv. A capability is the one the id names, else
/// <c>cap-{offeredBy}-{name}</c>; OFFERS from the organisation (id or name) that offers it.
/// </summary>
public static class CapabilitySheet
{
    public static readonly string[] Columns =
        ["id", "name", "kind", "offeredBy", "description", "trlMin", "trlMax", "keywords", "specialisms", "postcode", "place"];

    public static int Plan(ImportTable table, SheetContext sheet)
    {
        table.Header.Require("name", "offeredBy");
        var rows = 0;
        foreach (var row in table.Rows)
        {
            rows++;
            var r = new SheetRow(row, sheet);
            var name = r.Read.Required(r.Column("name"), "name");
            var offeredBy = r.Read.Required(r.Column("offeredBy"), "offeredBy");
            var owner = r.Read.Failed ? null : r.Organisation("offeredBy", offeredBy);
            var id = r.Id(NodeLabel.Capability, () => $"cap-{owner?["org-".Length..]}-{ImportIds.Slug(name)}");
            var existing = r.Existing<Capability>(id);
            var node = (existing ?? new Capability { Id = id, Name = name }) with
            {
                Name = name,
                Kind = r.Read.Enum<CapabilityKind>(r.Column("kind"), "kind") ?? existing?.Kind ?? CapabilityKind.EXPERTISE,
                Description = r.Text("description") ?? existing?.Description,
                TrlMin = r.Read.Integer(r.Column("trlMin"), "trlMin") ?? existing?.TrlMin,
                TrlMax = r.Read.Integer(r.Column("trlMax"), "trlMax") ?? existing?.TrlMax,
                Keywords = r.List("keywords") is { Count: > 0 } keywords ? keywords : existing?.Keywords ?? [],
            };
            var place = r.Place(r.Text("postcode"));
            if (r.Commit(node, place, r.Specialisms(), APPLIES_TO) && owner is not null)
            {
                sheet.Plan.Link(new Relationship(OFFERS, owner, id));
            }
        }

        return rows;
    }
}
