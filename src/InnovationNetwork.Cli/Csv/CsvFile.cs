using System.Buffers;
using System.IO.Compression;
using System.Text.Unicode;
using InnovationNetwork.Core.Imports;

namespace InnovationNetwork.Cli.Csv;

/// <summary>
/// Reads a CSV file (gzip-compressed or not) into text, refusing what is not UTF-8 with the line of the
/// first bad byte. The whole file is decoded at once: the largest input (CORDIS's projects, 40 MB) fits
/// easily, and checking the bytes first is what lets the error name a line.
/// </summary>
internal static class CsvFile
{
    public static string ReadText(string path)
    {
        if (!File.Exists(path))
        {
            throw new ImportFileException(path, null, Directory.Exists(path) ? "is a directory, not a file." : "the file does not exist.");
        }

        byte[] bytes;
        try
        {
            bytes = ReadBytes(path);
        }
        catch (InvalidDataException e)
        {
            throw new ImportFileException(path, null, $"it looks gzip-compressed but cannot be decompressed ({e.Message.TrimEnd('.')}).", e);
        }
        catch (IOException e)
        {
            throw new ImportFileException(path, null, $"it cannot be read ({e.Message.TrimEnd('.')}).", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ImportFileException(path, null, "it cannot be read: permission denied.", e);
        }

        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new ImportFileException(path, 1, "the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8).");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        var chars = ArrayPool<char>.Shared.Rent(span.Length);
        try
        {
            var status = Utf8.ToUtf16(span, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != System.Buffers.OperationStatus.Done)
            {
                var line = span[..bytesRead].Count((byte)'\n') + 1;
                throw new ImportFileException(path, line,
                    $"the file is not UTF-8 text (byte 0x{span[bytesRead]:X2} cannot start a UTF-8 character; it is probably Windows-1252 or Latin-1); save it as UTF-8.");
            }

            return new string(chars, 0, charsWritten);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static byte[] ReadBytes(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        var isGzip = file.Read(magic) == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
        file.Position = 0;
        if (!isGzip)
        {
            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            return bytes;
        }

        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }
}
