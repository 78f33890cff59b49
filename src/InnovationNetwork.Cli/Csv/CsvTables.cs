using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using InnovationNetwork.Core.Imports;

namespace InnovationNetwork.Cli.Csv;

/// <summary>
/// Opens CSV files as <see cref="ImportTable"/>s with CsvHelper's RFC 4180 parser: quoted fields may hold
/// the delimiter, quotes and line breaks. The header must use the format's delimiter (a file saved with
/// another is refused, naming the one it uses); a record whose field count differs from the header's, or
/// with a stray quote, is reported as a broken record and skipped.
/// </summary>
internal static class CsvTables
{
    private static readonly char[] Delimiters = [';', ',', '\t', '|'];

    /// <summary>Reads the header now and the rows when enumerated (once).</summary>
    public static ImportTable Open(string path, char delimiter, ImportProblems problems)
    {
        var text = CsvFile.ReadText(path);
        var bad = new List<string>();
        var parser = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            BadDataFound = args => bad.Add(args.Field),
        });

        if (!parser.Read() || parser.Record is not { } names || names.All(string.IsNullOrWhiteSpace))
        {
            parser.Dispose();
            throw new ImportFileException(path, 1, "the file is empty; it needs a header line naming its columns.");
        }

        if (names.Length == 1 && Delimiters.FirstOrDefault(d => d != delimiter && names[0].Contains(d)) is var other and not '\0')
        {
            parser.Dispose();
            throw new ImportFileException(path, 1,
                $"the header is separated by {Name(other)}, but this format is separated by {Name(delimiter)}; save the file with {Name(delimiter)} between columns.");
        }

        var header = new ImportHeader(path, names.Select(n => n.Trim()).ToArray());
        return new ImportTable(header, Rows(parser, header, problems, bad));
    }

    private static IEnumerable<ImportRow> Rows(CsvParser parser, ImportHeader header, ImportProblems problems, List<string> bad)
    {
        using (parser)
        {
            var lastLine = parser.RawRow;
            while (parser.Read())
            {
                var line = lastLine + 1;
                lastLine = parser.RawRow;
                var fields = parser.Record!;
                if (bad.Count > 0)
                {
                    var field = ImportRowReader.Clip(bad[0].ReplaceLineEndings(" "));
                    bad.Clear();
                    problems.Add(new ImportProblem(header.File, line, ImportProblemKinds.BrokenRecord,
                        $"a quote inside an unquoted field ({field}); quote the whole field and double the quotes inside it."));
                    continue;
                }

                if (fields.Length != header.Names.Count)
                {
                    problems.Add(new ImportProblem(header.File, line, ImportProblemKinds.BrokenRecord,
                        $"the record has {fields.Length} field{(fields.Length == 1 ? "" : "s")} but the header has {header.Names.Count}; a delimiter or quote may be missing or extra."));
                    continue;
                }

                yield return new ImportRow(header, line, fields);
            }
        }
    }

    private static string Name(char delimiter) => delimiter switch
    {
        ';' => "semicolons",
        ',' => "commas",
        '\t' => "tabs",
        '|' => "bars",
        _ => $"'{delimiter}'",
    };
}
