using System.Security.Claims;
using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Auth;

/// <summary>
/// Turns a validated token's claims into the <see cref="Viewer"/> the schema and the commands see: role member or
/// staff, the member's organisation, and the subject (who the change log names). The claims were checked when the
/// token was (see <see cref="CheckedClaims"/>), so here they are trusted.
/// </summary>
public static class ViewerClaims
{
    public const string Member = "member";
    public const string Staff = "staff";
    public const string Subject = "sub";

    /// <summary>
    /// The caller. A member whose organisation is no longer in the directory (removed or merged away) acts as an
    /// anonymous caller: public reads only, every write FORBIDDEN, no contact details.
    /// </summary>
    public static Viewer ViewerFrom(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Viewer.Anonymous;
        }

        var options = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value;
        var user = context.User;
        var subject = user.FindFirstValue(Subject);
        if (user.HasClaim(options.RoleClaim, Staff))
        {
            return new Viewer(ViewerRole.Staff, null, subject);
        }

        var organisation = user.FindFirstValue(options.OrganisationClaim);
        var graph = context.RequestServices.GetRequiredService<GraphService>().Graph;
        return organisation is not null && graph.Find<Organisation>(organisation) is not null
            ? new Viewer(ViewerRole.Member, organisation, subject)
            : Viewer.Anonymous;
    }

    /// <summary>Null when the claims make a viewer (a subject; role member with an organisation, or staff), else why not.</summary>
    public static string? CheckedClaims(ClaimsPrincipal user, AuthOptions options)
    {
        if (string.IsNullOrWhiteSpace(user.FindFirstValue(Subject)))
        {
            return "The token has no subject (sub) claim naming who it was issued to.";
        }

        var roles = user.FindAll(options.RoleClaim).Select(c => c.Value).ToArray();
        if (roles.Contains(Staff))
        {
            return null;
        }

        if (!roles.Contains(Member))
        {
            return $"The token's '{options.RoleClaim}' claim must be '{Member}' or '{Staff}'.";
        }

        return string.IsNullOrWhiteSpace(user.FindFirstValue(options.OrganisationClaim))
            ? $"A member's token needs an '{options.OrganisationClaim}' claim naming their organisation's id."
            : null;
    }
}
