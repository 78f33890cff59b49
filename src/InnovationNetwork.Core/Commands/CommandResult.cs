namespace InnovationNetwork.Core.Commands;

/// <summary>
/// What a command returns: the record it wrote (or the id it removed) when it succeeded, else the reasons it
/// did not, in which case nothing was written.
/// </summary>
public sealed record CommandResult<T>(T? Value, IReadOnlyList<UserError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static CommandResult<T> Ok(T value) => new(value, []);

    public static CommandResult<T> Fail(IEnumerable<UserError> errors) => new(default, errors.ToArray());

    public static CommandResult<T> Fail(UserError error) => new(default, [error]);

    public static implicit operator CommandResult<T>(UserError error) => Fail(error);
}
