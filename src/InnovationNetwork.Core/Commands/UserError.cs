using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Commands;

/// <summary>
/// An expected failure of a command, returned as a value: the path of the input field it concerns (empty when
/// it concerns the whole request, as FORBIDDEN does), a stable machine code from <see cref="ChangeErrorCodes"/>
/// and a sentence a person can act on.
/// </summary>
public sealed record UserError(IReadOnlyList<string> Field, string Code, string Message)
{
    public static UserError At(string field, string code, string message) => new(field.Split('.'), code, message);

    public static UserError Forbidden(string message) => new([], ChangeErrorCodes.Forbidden, message);

    public static UserError NotFound(string field, string id, string what) =>
        At(field, ChangeErrorCodes.NotFound, $"There is no {what} with id '{id}'.");

    /// <summary>A validation failure of the graph, at the input field of the same name (node properties and input fields share names).</summary>
    public static UserError From(ChangeError error) => At(error.Field, error.Code, error.Message);

    public override string ToString() => $"{string.Join('.', Field)} {Code}: {Message}";
}
