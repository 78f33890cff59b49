namespace InnovationNetwork.Core.Graph;

/// <summary>
/// Why a change cannot be written: the index of the change in its batch, a stable machine code
/// (<see cref="ChangeErrorCodes"/>), the field it concerns and a sentence a person can act on.
/// </summary>
public sealed record ChangeError(int ChangeIndex, string Code, string Field, string Message);
