using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.ServiceDefaults.Documents;

/// <summary>
/// A document sent as multipart/form-data (<c>file</c> and <c>title</c>), e.g. a paper for a rapid
/// review meeting or an action's evidence:
/// at most 10 MB, and a PDF, Word (.docx), Excel (.xlsx), OpenDocument text (.odt) or plain text
/// (.txt, UTF-8) document, recognised by its content (the leading bytes, and what a zip-based
/// document holds), not by its name alone. Anything else is a 400 naming the field.
/// </summary>
public sealed record DocumentUpload(string Title, string FileName, string ContentType, byte[] Content)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The content's SHA-256, in lower-case hex, recorded with the document's details.</summary>
    public string Sha256 => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Content));

    /// <summary>The largest form accepted: the document with room for the title and the form's own headers.</summary>
    public const long MaxFormBytes = MaxBytes + 64 * 1024;

    private const string AllowedTypes = "file must be a PDF, Word (.docx), Excel (.xlsx), OpenDocument text (.odt) or plain text (.txt) document.";

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".txt"] = "text/plain",
    };

    public static Task<DocumentUpload> ReadAsync(IFormFile? file, string? title, CancellationToken ct) => ReadAsync(file, title, null, ct);

    /// <summary>As <see cref="ReadAsync(IFormFile?, string?, CancellationToken)"/>, taking only the kinds named (e.g. a final report: ".pdf", ".docx").</summary>
    public static async Task<DocumentUpload> ReadAsync(IFormFile? file, string? title, IReadOnlyCollection<string>? only, CancellationToken ct)
    {
        var allowed = only is null ? AllowedTypes : $"file must be one of these kinds of document: {string.Join(", ", only)}.";
        Valid(file is not null, "file", "file is required: send the document as multipart/form-data with the field file.");
        Valid(file!.Length > 0, "file", "file is empty.");
        Valid(file.Length <= MaxBytes, "file", "file is larger than 10 MB.");
        var name = Path.GetFileName(file.FileName ?? "").Trim();
        Valid(name.Length is > 0 and <= 200 && !name.Any(char.IsControl), "file", "file must have a name of at most 200 characters.");
        Valid(Types.TryGetValue(Path.GetExtension(name), out var contentType)
            && (only is null || only.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase)), "file", allowed);
        Valid(!string.IsNullOrWhiteSpace(title) && title.Trim().Length <= 200, "title", "title is required, at most 200 characters.");
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        Valid(Recognised(Path.GetExtension(name).ToLowerInvariant(), content), "file",
            $"file is not the {Path.GetExtension(name)} document its name says: its content is not one. " + allowed);
        return new DocumentUpload(title!.Trim(), name, contentType!, content);
    }

    private static bool Recognised(string extension, byte[] content) => extension switch
    {
        ".pdf" => content.AsSpan().StartsWith("%PDF-"u8),
        ".docx" => Zip(content, zip => zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null),
        ".xlsx" => Zip(content, zip => zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("xl/workbook.xml") is not null),
        ".odt" => Zip(content, zip => MimeType(zip) == "application/vnd.oasis.opendocument.text"),
        _ => PlainText(content),
    };

    private static bool Zip(byte[] content, Func<ZipArchive, bool> holds)
    {
        if (!content.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            return false;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return holds(zip);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>An OpenDocument file's first entry, <c>mimetype</c>, names its kind (read no further than a name's length).</summary>
    private static string? MimeType(ZipArchive zip)
    {
        if (zip.GetEntry("mimetype") is not { Length: < 100 } entry)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        return reader.ReadToEnd().Trim();
    }

    /// <summary>UTF-8 text, without NUL bytes (which no text document holds).</summary>
    private static bool PlainText(byte[] content)
    {
        if (content.AsSpan().IndexOf((byte)0) >= 0)
        {
            return false;
        }

        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
