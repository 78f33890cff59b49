using InnovationNetwork.Core.Graph;

namespace InnovationNetwork.Core.Imports;

/// <summary>
/// Reads typed values from one row and records the first problem: a row with a problem is skipped as a
/// whole (in strict mode the problem stops the import). Check <see cref="Failed"/> after reading.
/// </summary>
public sealed class ImportRowReader(ImportRow row, ImportProblems problems)
{
    public ImportRow Row { get; } = row;

    public bool Failed { get; private set; }

    /// <summary>Records a problem with the row unless one was recorded already.</summary>
    public void Fail(string kind, string reason)
    {
        if (!Failed)
        {
            Failed = true;
            problems.Add(Row, kind, reason);
        }
    }

    public string? Text(int column) => Row[column];

    public string Required(int column, string name)
    {
        var value = Row[column];
        if (value is null)
        {
            Fail(ImportProblemKinds.MissingValue, $"{name} is empty; it is required.");
        }

        return value ?? "";
    }

    public decimal? Decimal(int column, string name, bool allowNegative = false)
    {
        var text = Row[column];
        if (text is null)
        {
            return null;
        }

        if (!ImportValues.TryParseDecimal(text, out var value))
        {
            Fail(ImportProblemKinds.MalformedNumber, $"{name} '{Clip(text)}' is not a number.");
            return null;
        }

        if (value < 0 && !allowNegative)
        {
            Fail(ImportProblemKinds.MalformedNumber, $"{name} {text} is negative.");
            return null;
        }

        return value;
    }

    public int? Integer(int column, string name, int min = int.MinValue, int max = int.MaxValue)
    {
        var value = Decimal(column, name, allowNegative: min < 0);
        if (value is null)
        {
            return null;
        }

        if (value != decimal.Truncate(value.Value) || value < min || value > max)
        {
            Fail(ImportProblemKinds.MalformedNumber, $"{name} {Row[column]} is not a whole number between {min} and {max}.");
            return null;
        }

        return (int)value.Value;
    }

    public Money? Money(int column, string name, string currency) =>
        Decimal(column, name) is { } amount ? new Money(amount, currency) : null;

    public DateOnly? Date(int column, string name)
    {
        var text = Row[column];
        if (text is null)
        {
            return null;
        }

        if (!ImportValues.TryParseDate(text, out var value))
        {
            Fail(ImportProblemKinds.MalformedDate, $"{name} '{Clip(text)}' is not a date; write it as yyyy-mm-dd.");
            return null;
        }

        return value;
    }

    public bool? Flag(int column, string name)
    {
        var text = Row[column];
        if (text is null)
        {
            return null;
        }

        if (!ImportValues.TryParseFlag(text, out var value))
        {
            Fail(ImportProblemKinds.MalformedValue, $"{name} '{Clip(text)}' is not true or false.");
            return null;
        }

        return value;
    }

    public TEnum? Enum<TEnum>(int column, string name) where TEnum : struct, Enum
    {
        var text = Row[column];
        if (text is null)
        {
            return null;
        }

        if (!System.Enum.TryParse<TEnum>(text.Replace(' ', '_').Replace('-', '_'), ignoreCase: true, out var value) || !System.Enum.IsDefined(value))
        {
            Fail(ImportProblemKinds.MalformedValue, $"{name} '{Clip(text)}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
            return null;
        }

        return value;
    }

    /// <summary>Cuts long values so a sentence about them stays one line.</summary>
    public static string Clip(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
