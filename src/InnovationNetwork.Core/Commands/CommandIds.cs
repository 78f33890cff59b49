using System.Security.Cryptography;
using InnovationNetwork.Core.Graph;
using InnovationNetwork.Core.Imports;

namespace InnovationNetwork.Core.Commands;

/// <summary>Ids for records people register: <c>{prefix}-{slug of the name}</c>, with <c>-2</c>, <c>-3</c> … when that is taken.</summary>
public static class CommandIds
{
    private const int MaxSlug = 60;

    public static string New(InnovationGraph graph, NodeLabel label, string? name)
    {
        var slug = ImportIds.Slug(name ?? string.Empty);
        if (slug.Length > MaxSlug)
        {
            slug = slug[..MaxSlug].TrimEnd('-');
        }

        // A name with no ASCII letter or digit (or none at all) still needs an id.
        if (slug.Length == 0)
        {
            slug = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 8);
        }

        var stem = $"{NodeLabels.IdPrefix(label)}-{slug}";
        var id = stem;
        for (var n = 2; graph.Find(id) is not null; n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }
}
