namespace InnovationNetwork.Core.Access;

/// <summary>Who is asking: anonymous, a member bound to one organisation, or LEP staff.</summary>
public sealed record Viewer(ViewerRole Role, string? OrganisationId = null, string? Subject = null)
{
    public static readonly Viewer Anonymous = new(ViewerRole.Anonymous);

    public bool IsStaff => Role == ViewerRole.Staff;

    /// <summary>True for staff and for a member of <paramref name="organisationId"/>.</summary>
    public bool Represents(string? organisationId) =>
        IsStaff || (Role == ViewerRole.Member && organisationId is not null && organisationId == OrganisationId);
}

public enum ViewerRole
{
    Anonymous,
    Member,
    Staff,
}
