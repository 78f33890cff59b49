namespace InnovationNetwork.Core.Graph;

/// <summary>The outcome of a write: its change-log sequence when it succeeded, else the reasons it did not.</summary>
public sealed record WriteResult(long Sequence, IReadOnlyList<ChangeError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static WriteResult Failed(IReadOnlyList<ChangeError> errors) => new(0, errors);
}
