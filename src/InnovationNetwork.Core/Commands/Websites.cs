using InnovationNetwork.Core.Access;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Organisations;

namespace InnovationNetwork.Core.Commands;

/// <summary>One web site, one organisation: registering a site another organisation has is a DUPLICATE.</summary>
public static class Websites
{
    /// <summary>
    /// A DUPLICATE error when an organisation other than <paramref name="self"/> has the same site
    /// (compared without scheme, "www.", letter case or a trailing slash); else null.
    /// </summary>
    public static UserError? CheckUnique(CommandContext context, string? website, string? self)
    {
        if (Key(website) is not { } key)
        {
            return null;
        }

        var holder = context.Graph.All<Organisation>().FirstOrDefault(o => o.Id != self && Key(o.Website) == key);
        if (holder is null)
        {
            return null;
        }

        // A private organisation's name is not told to those who may not see it.
        var who = context.Viewer.CanSee(context.Graph, holder) ? $"'{holder.Name}' ({holder.Id})" : "another organisation";
        return UserError.At("website", ChangeErrorCodes.Duplicate,
            $"The website {website} is already registered by {who}; update that organisation instead, or ask LEP staff to merge duplicates.");
    }

    /// <summary>"https://www.Example.org/" and "http://example.org" are the same site; null for text that is not a web address.</summary>
    public static string? Key(string? website)
    {
        if (website is null || !NodeRules.IsWebAddress(website) || !Uri.TryCreate(website.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        return host + uri.AbsolutePath.TrimEnd('/').ToLowerInvariant();
    }
}
