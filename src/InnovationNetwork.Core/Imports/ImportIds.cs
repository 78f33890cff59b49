using System.Text;

namespace InnovationNetwork.Core.Imports;

/// <summary>Ids derived from names and outside references: lower case ASCII letters and digits joined by '-'.</summary>
public static class ImportIds
{
    /// <summary><c>"Centre for Process Innovation (CPI) Ltd"</c> → <c>centre-for-process-innovation-cpi-ltd</c>; at most 80 characters.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder(Math.Min(text.Length, 80));
        var dash = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                dash = false;
                if (slug.Length >= 80)
                {
                    break;
                }
            }
            else if (c != '\'')
            {
                dash = true;
            }
        }

        return slug.ToString();
    }
}
