using GraphQL.Types;
using InnovationNetwork.Core.Matching;
using InnovationNetwork.Core.Organisations;
using InnovationNetwork.GraphQL.Organisations;

namespace InnovationNetwork.GraphQL.Matching;

public sealed class NeedInputType : InputObjectGraphType<Need>
{
    public NeedInputType()
    {
        Name = "NeedInput";
        Description = "What is needed, in plain words, with optional preferences that raise the organisations close to them.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The need in plain words, e.g. \"subsea cable inspection robot\"; query syntax is not interpreted. May be empty when specialisms are given.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("specialisms").Description("Specialisms the need concerns; organisations in them, below them (0.8), above them (0.5) or beside them (0.3) rank higher. When none are given they are inferred from the text.");
        Field<IntGraphType>("trl").Description("The technology readiness level sought (1–9): organisations with a capability whose range covers it rank higher.");
        Field<ListGraphType<NonNullGraphType<OrganisationKindType>>>("kinds").Description("Only organisations of these kinds.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("places").Description("Places the need prefers: organisations in them (or next to them) rank higher.");
    }

    /// <summary>Builds the need by hand: a list left out is empty, never null.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value) => new Need(value.TryGetValue("text", out var text) ? text as string ?? "" : "")
    {
        Specialisms = List<string>(value, "specialisms"),
        Trl = value.TryGetValue("trl", out var trl) && trl is not null ? Convert.ToInt32(trl, System.Globalization.CultureInfo.InvariantCulture) : null,
        Kinds = List<OrganisationKind>(value, "kinds"),
        Places = List<string>(value, "places"),
    };

    private static T[] List<T>(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var list) && list is IEnumerable<object?> items ? items.OfType<T>().ToArray() : [];
}
