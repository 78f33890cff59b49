using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.People;
using static InnovationNetwork.Core.Graph.RelationshipType;

namespace InnovationNetwork.Core.Imports.Spreadsheets;

/// <summary>
/// seed/templates/people.csv. A person is the one the id names, else the one holding the ORCID, else
/// <c>person-orcid-{orcid}</c> or <c>person-{name}-{organisation}</c>; WORKS_AT the organisation named.
/// </summary>
public static class PersonSheet
{
    public static readonly string[] Columns =
        ["id", "name", "organisation", "jobTitle", "biography", "email", "phone", "orcid", "keywords", "specialisms", "private"];

    public static int Plan(ImportTable table, SheetContext sheet)
    {
        table.Header.Require("name");
        var rows = 0;
        foreach (var row in table.Rows)
        {
            rows++;
            var r = new SheetRow(row, sheet);
            var name = r.Read.Required(r.Column("name"), "name");
            var organisation = r.Text("organisation") is { } reference ? r.Organisation("organisation", reference) : null;
            var orcid = r.Text("orcid");
            var id = r.Id(NodeLabel.Person, () =>
                orcid is not null
                    ? sheet.Graph.FindByIdentifier(IdentifierScheme.ORCID, orcid)?.Id ?? $"person-orcid-{ImportIds.Slug(orcid)}"
                    : organisation is null ? $"person-{ImportIds.Slug(name)}" : $"person-{ImportIds.Slug(name)}-{organisation["org-".Length..]}");
            var existing = r.Existing<Person>(id);
            var node = (existing ?? new Person { Id = id, Name = name }) with
            {
                Name = name,
                JobTitle = r.Text("jobTitle") ?? existing?.JobTitle,
                Biography = r.Text("biography") ?? existing?.Biography,
                Email = r.Text("email") ?? existing?.Email,
                Phone = r.Text("phone") ?? existing?.Phone,
                Keywords = r.List("keywords") is { Count: > 0 } keywords ? keywords : existing?.Keywords ?? [],
                IsPrivate = r.Read.Flag(r.Column("private"), "private") ?? existing?.IsPrivate ?? false,
                Identifiers = ImportOwnership.Union(existing?.Identifiers ?? [], orcid is null ? [] : [new ExternalIdentifier(IdentifierScheme.ORCID, orcid)]),
            };
            if (r.Commit(node, place: null, r.Specialisms(), SPECIALISES_IN) && organisation is not null)
            {
                sheet.Plan.Link(new Relationship(WORKS_AT, id, organisation));
            }
        }

        return rows;
    }
}
