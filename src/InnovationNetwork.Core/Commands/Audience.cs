namespace InnovationNetwork.Core.Commands;

/// <summary>Who an operation is open to.</summary>
public enum Audience
{
    /// <summary>Everyone, anonymous callers included.</summary>
    Anyone,

    /// <summary>Any signed-in member or staff.</summary>
    SignedIn,

    /// <summary>Members of the organisation that owns the record, and staff.</summary>
    Owner,

    /// <summary>LEP staff only.</summary>
    Staff,
}
