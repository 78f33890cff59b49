namespace InnovationNetwork.Core.Matching;

/// <summary>
/// Something wrong with what a caller asked for (an unknown id, a TRL outside 1–9, text too long):
/// the argument it concerns, a stable code and a sentence the caller can act on.
/// </summary>
public sealed record InputProblem(string Field, string Code, string Message);

public static class InputProblemCodes
{
    public const string UnknownId = "UNKNOWN_ID";
    public const string WrongIdType = "WRONG_ID_TYPE";
    public const string TrlOutOfRange = "TRL_OUT_OF_RANGE";
    public const string TextTooLong = "TEXT_TOO_LONG";
    public const string PageTooDeep = "PAGE_TOO_DEEP";
}
