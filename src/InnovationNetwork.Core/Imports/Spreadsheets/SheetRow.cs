using InnovationNetwork.Core.Graph;
using static InnovationNetwork.Core.Graph.RelationshipType;

namespace InnovationNetwork.Core.Imports.Spreadsheets;

/// <summary>
/// One spreadsheet row being planned: typed cells (through <see cref="ImportRowReader"/>) plus the
/// references every sheet has: specialisms, a place (by name, id or postcode), and the links they make.
/// </summary>
public sealed class SheetRow(ImportRow row, SheetContext sheet)
{
    public ImportRowReader Read { get; } = new(row, sheet.Problems);

    public ImportRow Row { get; } = row;

    public int Column(string name) => Row.Header.IndexOf(name);

    public string? Text(string column) => Read.Text(Column(column));

    public IReadOnlyList<string> List(string column) => ImportValues.SplitList(Text(column));

    /// <summary>The specialism ids the cell names; an unknown one fails the row.</summary>
    public List<string> Specialisms(string column = "specialisms")
    {
        var ids = new List<string>();
        foreach (var reference in List(column))
        {
            if (sheet.Specialism(reference) is { } id)
            {
                ids.Add(id);
            }
            else
            {
                Read.Fail(ImportProblemKinds.UnknownReference, $"{column} names '{ImportRowReader.Clip(reference)}', which is not a specialism's id or name.");
            }
        }

        return ids;
    }

    /// <summary>The place the "place" cell names, else the postcode's; an unknown place name fails the row.</summary>
    public string? Place(string? postcode)
    {
        if (Text("place") is { } reference)
        {
            var place = sheet.Place(reference);
            if (place is null)
            {
                Read.Fail(ImportProblemKinds.UnknownReference, $"place '{ImportRowReader.Clip(reference)}' is not a place's id, name or ONS code.");
            }

            return place;
        }

        return sheet.Import.PlaceFor(postcode);
    }

    /// <summary>An organisation the cell names (by id or name); an unknown one fails the row.</summary>
    public string? Organisation(string column, string reference)
    {
        var id = sheet.Organisation(reference);
        if (id is null)
        {
            Read.Fail(ImportProblemKinds.UnknownReference, $"{column} names '{ImportRowReader.Clip(reference)}', which is not an organisation in the directory or in this import.");
        }

        return id;
    }

    /// <summary>
    /// Plans the node and its links when the row is sound: checks the node rules, puts it, replaces its
    /// place when one is given, and adds its specialisms (never removing ones it already has).
    /// </summary>
    public bool Commit(Node node, string? place, IEnumerable<string> specialisms, RelationshipType specialismType)
    {
        if (!Read.Failed && NodeRules.Check(node).FirstOrDefault() is { Message: not null } broken)
        {
            Read.Fail(ImportProblemKinds.InvalidRecord, $"{broken.Field}: {broken.Message}");
        }

        if (!Read.Failed && sheet.Described.TryGetValue(node.Id, out var first))
        {
            Read.Fail(ImportProblemKinds.DuplicateId,
                $"'{node.Id}' was described already (line {first.Line}{(first.File == Row.File ? "" : $" of {first.File}")}); the first is kept.");
        }

        if (Read.Failed)
        {
            return false;
        }

        sheet.Described[node.Id] = (Row.File, Row.Line);
        sheet.Plan.Put(node);
        if (place is not null)
        {
            sheet.Plan.Own(node.Id, LOCATED_IN, outgoing: true);
            sheet.Plan.Link(new Relationship(LOCATED_IN, node.Id, place));
        }

        foreach (var specialism in specialisms)
        {
            // A stated specialism replaces an inferred one (which carries a confidence).
            sheet.Plan.Link(new Relationship(specialismType, node.Id, specialism));
        }

        return true;
    }

    /// <summary>The existing node of that id and type, when there is one; a node of another type fails the row.</summary>
    public T? Existing<T>(string id) where T : Node
    {
        var node = sheet.Find(id);
        if (node is not null and not T)
        {
            Read.Fail(ImportProblemKinds.InvalidRecord, $"'{id}' is a {node.Label}, not a {typeof(T).Name.ToLowerInvariant()}.");
        }

        return node as T;
    }

    /// <summary>An id from the "id" cell, checked to carry the label's prefix, else from <paramref name="derived"/>.</summary>
    public string Id(NodeLabel label, Func<string> derived)
    {
        var given = Text("id");
        if (given is null)
        {
            return derived();
        }

        if (NodeLabels.FromId(given) != label)
        {
            Read.Fail(ImportProblemKinds.MalformedValue, $"id '{ImportRowReader.Clip(given)}' must start with '{NodeLabels.IdPrefix(label)}-'.");
        }

        return given;
    }
}
