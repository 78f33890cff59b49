using System.Text.RegularExpressions;

namespace InnovationNetwork.Core.Imports.Cordis;

/// <summary>CORDIS's texts carry HTML line breaks; the directory keeps plain text with newlines.</summary>
internal static partial class CordisText
{
    public static string? Clean(string? text) =>
        text is null ? null : LineBreak().Replace(text, "\n").Trim() is { Length: > 0 } clean ? clean : null;

    [GeneratedRegex("<br\\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();
}
