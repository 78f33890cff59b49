using System.Globalization;

namespace InnovationNetwork.Core.Imports;

/// <summary>Parses the numbers, dates and flags found in exported spreadsheets, whatever their convention.</summary>
public static class ImportValues
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.fffZ",
        "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "yyyy/MM/dd",
    ];

    /// <summary>
    /// A decimal written either way: <c>1234.5</c>, <c>1234,5</c>, <c>1,234.50</c>, <c>1.234,50</c>,
    /// <c>1 234,50</c>, <c>€1,234</c>. When both '.' and ',' occur, the last one is the decimal mark; a
    /// separator that occurs more than once groups thousands; a single one is the decimal mark, so
    /// <c>1,234</c> reads as 1.234 (CORDIS writes no thousands separators). Trailing zeros are dropped so
    /// that equal amounts compare and print equal.
    /// </summary>
    public static bool TryParseDecimal(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        var length = 0;
        int dots = 0, commas = 0, lastDot = -1, lastComma = -1;
        foreach (var c in text.AsSpan().Trim())
        {
            if (length == buffer.Length)
            {
                return false;
            }

            switch (c)
            {
                case ' ' or '\u00A0' or '\u202F' or '\'' or '_' or '€' or '£' or '$':
                    continue; // grouping spaces and currency signs
                case '.':
                    dots++;
                    lastDot = length;
                    break;
                case ',':
                    commas++;
                    lastComma = length;
                    break;
                case (>= '0' and <= '9') or '-' or '+' or 'e' or 'E':
                    break;
                default:
                    return false;
            }

            buffer[length++] = c;
        }

        var decimalMark = (dots, commas) switch
        {
            ( > 0, > 0) => lastDot > lastComma ? '.' : ',',
            (1, 0) => '.',
            (0, 1) => ',',
            _ => '\0', // none, or only repeated (grouping) separators
        };

        var digits = new char[length];
        var n = 0;
        foreach (var c in buffer[..length])
        {
            if (c == decimalMark)
            {
                digits[n++] = '.';
            }
            else if (c is not ('.' or ','))
            {
                digits[n++] = c;
            }
        }

        if (!decimal.TryParse(digits.AsSpan(0, n), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = Normalise(value);
        return true;
    }

    /// <summary>The same amount without trailing zeros (<c>346277.0</c> becomes <c>346277</c>).</summary>
    public static decimal Normalise(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>A calendar date as <c>yyyy-MM-dd</c> (optionally with a time), <c>dd/MM/yyyy</c> or <c>dd.MM.yyyy</c>.</summary>
    public static bool TryParseDate(string? text, out DateOnly value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
        {
            value = DateOnly.FromDateTime(at);
            return true;
        }

        return false;
    }

    /// <summary>true/false, yes/no, y/n, 1/0, in any case.</summary>
    public static bool TryParseFlag(string? text, out bool value)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "y" or "1":
                value = true;
                return true;
            case "false" or "no" or "n" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>A list written in one cell, separated by ';' or '|'; empty entries dropped.</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
