using System.Text;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// Decodes a CSV upload as UTF-8, with or without a byte order mark, refusing bytes that are not
/// UTF-8 and control characters that no register text holds (a sign of a binary file).
/// </summary>
internal static class CsvText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes)
    {
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableFileException("The file is not UTF-8 text; save it as CSV UTF-8 or as an XLSX workbook.");
        }
        if (text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
            throw new UnreadableFileException("The file holds binary data, not CSV text; save it as CSV UTF-8 or as an XLSX workbook.");
        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }
}
