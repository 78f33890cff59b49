using System.Globalization;
using System.Text;

namespace InnovationNetwork.Core.Querying;

/// <summary>
/// Opaque cursors: a position in the ordered list, base64-encoded. Lists are ordered deterministically
/// (every order ends with the id) so a cursor means the same place until the list changes.
/// </summary>
public static class Cursor
{
    private const string Prefix = "pos:";

    public static string Encode(int position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out int position)
    {
        position = -1;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out position);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
