using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace InnovationNetwork.Benchmarks;

/// <summary>A CORDIS project as the evaluation needs it.</summary>
public sealed record MatchingCordisProject(string Id, string? Acronym, string Title, string Objective, DateOnly? Start, DateOnly? End, string Programme);

/// <summary>A UK organisation's participation in a CORDIS project (PIC = organisationID).</summary>
public sealed record MatchingCordisParticipation(string ProjectId, string Pic, string Name, string ActivityType);

/// <summary>
/// A minimal reader of ../shared/data/cordis-uk (gzip, semicolon-separated, RFC 4180 quoting with quotes,
/// semicolons and line breaks inside fields), mapping columns by name. The CLI's CORDIS importer is the
/// real one; this keeps the evaluation runnable from the bench folder alone and independent of its changes.
/// </summary>
public static partial class MatchingCordisData
{
    public static (IReadOnlyList<MatchingCordisProject> Projects, IReadOnlyList<MatchingCordisParticipation> Participations) Read(string folder)
    {
        var projects = Rows(Path.Combine(folder, "project.csv.gz"))
            .Select(r => new MatchingCordisProject(r["id"], Empty(r["acronym"]), r["title"].Trim(), Clean(r["objective"]),
                Date(r["startDate"]), Date(r["endDate"]), r["frameworkProgramme"]))
            .ToList();
        var participations = Rows(Path.Combine(folder, "organization.csv.gz"))
            .Where(r => r["organisationID"].Length > 0)
            .Select(r => new MatchingCordisParticipation(r["projectID"], r["organisationID"], r["name"].Trim(), r["activityType"]))
            .ToList();
        return (projects, participations);
    }

    /// <summary>The rows of a gzip'd semicolon CSV as column name → value.</summary>
    public static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        string[]? header = null;
        foreach (var fields in Records(reader, ';'))
        {
            if (header is null)
            {
                header = fields.ToArray();
                continue;
            }

            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < fields.Count ? fields[i] : "";
            }

            yield return row;
        }
    }

    /// <summary>RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks.</summary>
    public static IEnumerable<List<string>> Records(TextReader reader, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return fields;
                fields = [];
                any = false;
            }
            else
            {
                field.Append(ch);
            }
        }

        if (any)
        {
            fields.Add(field.ToString().TrimEnd('\r'));
            yield return fields;
        }
    }

    private static string? Empty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string value) =>
        DateOnly.TryParse(value.AsSpan(0, Math.Min(10, value.Length)), CultureInfo.InvariantCulture, out var date) ? date : null;

    private static string Clean(string html) => Tags().Replace(html, " ").Replace("&amp;", "&", StringComparison.Ordinal).Trim();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
