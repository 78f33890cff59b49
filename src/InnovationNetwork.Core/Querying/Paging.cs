namespace InnovationNetwork.Core.Querying;

/// <summary>Cuts a page out of an ordered list, checking the request once at the edge.</summary>
public static class Paging
{
    /// <summary>Validates a page request; returns a sentence saying what is wrong, or null.</summary>
    public static string? Check(PageRequest request, int maxPageSize)
    {
        if (request.First is < 0 || request.Last is < 0)
        {
            return "first and last cannot be negative.";
        }

        if (request.First > maxPageSize || request.Last > maxPageSize)
        {
            return $"A page holds at most {maxPageSize} items; ask for fewer and follow the cursors.";
        }

        if (request.First is not null && request.Last is not null)
        {
            return "Ask for first or last, not both.";
        }

        foreach (var cursor in new[] { request.After, request.Before })
        {
            if (cursor is not null && !Cursor.TryDecode(cursor, out _))
            {
                return $"'{cursor}' is not a cursor this API gave out.";
            }
        }

        return null;
    }

    public static Page<T> Slice<T>(IReadOnlyList<T> all, PageRequest request, int defaultPageSize)
    {
        var start = 0;
        var end = all.Count;
        if (request.After is not null && Cursor.TryDecode(request.After, out var after))
        {
            start = Math.Clamp(after + 1, 0, all.Count);
        }

        if (request.Before is not null && Cursor.TryDecode(request.Before, out var before))
        {
            end = Math.Clamp(before, start, all.Count);
        }

        if (request.Last is { } last)
        {
            start = Math.Max(start, end - last);
        }
        else
        {
            end = Math.Min(end, start + (request.First ?? defaultPageSize));
        }

        var items = new T[end - start];
        for (var i = start; i < end; i++)
        {
            items[i - start] = all[i];
        }

        return new Page<T>(items, start, all.Count);
    }
}
