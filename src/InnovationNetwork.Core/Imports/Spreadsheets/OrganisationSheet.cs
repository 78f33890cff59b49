using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using static InnovationNetwork.Core.Graph.RelationshipType;

namespace InnovationNetwork.Core.Imports.Spreadsheets;

/// <summary>
/// seed/templates/organisations.csv. The organisation is the one the id names, else the one holding one of
/// its identifiers (companiesHouse, pic, ukprn, ror), else the one of that name; a new one is
/// <c>org-ch-{number}</c> or <c>org-{name}</c>. A filled cell sets its field; an empty one leaves it alone.
/// </summary>
public static class OrganisationSheet
{
    public static readonly string[] Columns =
    [
        "id", "name", "kind", "shortName", "description", "website", "email", "phone", "address", "postcode", "place", "size",
        "employees", "betterJobs", "employmentYear", "keywords", "specialisms", "companiesHouse", "pic", "ukprn", "ror", "private",
    ];

    private static readonly (string Column, IdentifierScheme Scheme)[] Schemes =
    [
        ("companiesHouse", IdentifierScheme.COMPANIES_HOUSE), ("pic", IdentifierScheme.PIC), ("ukprn", IdentifierScheme.UKPRN), ("ror", IdentifierScheme.ROR),
    ];

    public static int Plan(ImportTable table, SheetContext sheet)
    {
        table.Header.Require("name");
        var rows = 0;
        foreach (var row in table.Rows)
        {
            rows++;
            var r = new SheetRow(row, sheet);
            var name = r.Read.Required(r.Column("name"), "name");
            var identifiers = Schemes.Select(s => (s.Scheme, Value: r.Text(s.Column))).Where(s => s.Value is not null)
                .Select(s => new ExternalIdentifier(s.Scheme, s.Value!)).ToList();
            var id = r.Id(NodeLabel.Organisation, () => FindOrMake(name, identifiers, sheet));
            var existing = r.Existing<Organisation>(id);
            var node = (existing ?? new Organisation { Id = id, Name = name }) with
            {
                Name = name,
                Kind = r.Read.Enum<OrganisationKind>(r.Column("kind"), "kind") ?? existing?.Kind ?? OrganisationKind.OTHER,
                ShortName = r.Text("shortName") ?? existing?.ShortName,
                Description = r.Text("description") ?? existing?.Description,
                Website = r.Text("website") is { } web ? ImportText.WebAddress(web) ?? web : existing?.Website,
                Email = r.Text("email") ?? existing?.Email,
                Phone = r.Text("phone") ?? existing?.Phone,
                Address = r.Text("address") ?? existing?.Address,
                Postcode = r.Text("postcode") ?? existing?.Postcode,
                Size = r.Read.Enum<OrganisationSize>(r.Column("size"), "size") ?? existing?.Size,
                Keywords = r.List("keywords") is { Count: > 0 } keywords ? keywords : existing?.Keywords ?? [],
                Employment = Employment(r, existing?.Employment),
                IsPrivate = r.Read.Flag(r.Column("private"), "private") ?? existing?.IsPrivate ?? false,
                Identifiers = ImportOwnership.Union(existing?.Identifiers ?? [], identifiers),
            };
            var place = r.Place(r.Text("postcode"));
            if (r.Commit(node, place, r.Specialisms(), SPECIALISES_IN))
            {
                sheet.Organisations.Add(id, node.Name, node.ShortName);
            }
        }

        return rows;
    }

    private static string FindOrMake(string name, List<ExternalIdentifier> identifiers, SheetContext sheet)
    {
        foreach (var identifier in identifiers)
        {
            if (sheet.Graph.FindByIdentifier(identifier.Scheme, identifier.Value) is { } holder)
            {
                return holder.Id;
            }
        }

        if (sheet.Organisations.Find(name) is { } known)
        {
            return known;
        }

        return identifiers.FirstOrDefault(i => i.Scheme == IdentifierScheme.COMPANIES_HOUSE) is { } number
            ? $"org-ch-{ImportIds.Slug(number.Value)}"
            : $"org-{ImportIds.Slug(name)}";
    }

    private static Employment? Employment(SheetRow r, Employment? existing)
    {
        var employees = r.Read.Integer(r.Column("employees"), "employees", 0);
        var betterJobs = r.Read.Integer(r.Column("betterJobs"), "betterJobs", 0);
        var year = r.Read.Integer(r.Column("employmentYear"), "employmentYear", 1900, 2200);
        if (employees is null)
        {
            if (betterJobs is not null || year is not null)
            {
                r.Read.Fail(ImportProblemKinds.MissingValue, "betterJobs and employmentYear need employees in the same row.");
            }

            return existing;
        }

        return new Employment(employees.Value, betterJobs, year ?? DateTime.UtcNow.Year, "spreadsheet");
    }
}
