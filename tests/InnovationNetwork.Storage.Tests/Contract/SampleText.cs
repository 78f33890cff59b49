using System.Text;

namespace InnovationNetwork.Storage.Tests.Contract;

/// <summary>Text that catches a store which re-encodes, trims or truncates what it is given.</summary>
public static class SampleText
{
    public const string Welsh = "Prifysgol Bangor — Canolfan Ymchwil Môr: ŵ ŷ â ê î ô û ï";
    public const string Accents = "Université Côte d'Azur, Zürich, São Paulo, Ærøskøbing, Łódź, İstanbul, Ñandú";
    public const string Emoji = "Offshore robotics 🚀🌊🤖 — ROV & AUV 👩🏽‍🔬 🏴󠁧󠁢󠁷󠁬󠁳󠁿";
    public const string Scripts = "日本語 中文 한국어 العربية עברית Ελληνικά Русский हिन्दी";

    /// <summary>Characters a JSON writer must escape, with leading and trailing spaces a store must not trim.</summary>
    public const string Awkward = "  \"quotes\" 'single' \\ back\\slash \t tab \r\n new line \0 nul \u001f unit \u2028 line sep  ";

    public static string Mixed => string.Join(" | ", Welsh, Accents, Emoji, Scripts, Awkward);

    /// <summary>About a hundred kilobytes of UTF-16 text, built from whole characters (no split surrogate pairs).</summary>
    public static string HundredKilobytes()
    {
        var text = new StringBuilder(100 * 1024 + 200);
        for (var i = 0; text.Length < 100 * 1024; i++)
        {
            text.Append(i).Append(": ").Append(Mixed).Append('\n');
        }

        return text.ToString();
    }
}
