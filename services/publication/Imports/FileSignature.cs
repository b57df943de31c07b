namespace Safeguarding.Publication.Api.Imports;

/// <summary>Recognises a file's kind by its first bytes.</summary>
internal static class FileSignature
{
    /// <summary>A zip archive, which an XLSX workbook is.</summary>
    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\u0003\u0004"u8);

    /// <summary>An older binary Office file: an .xls workbook, or a password-protected XLSX.</summary>
    public static bool IsOldOffice(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]);

    /// <summary>Whether the name or content type the upload came with says XLSX.</summary>
    public static bool SaysXlsx(string fileNameOrContentType) =>
        fileNameOrContentType.Trim().EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
        || fileNameOrContentType.Contains("spreadsheetml.sheet", StringComparison.OrdinalIgnoreCase);
}
