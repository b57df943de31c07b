using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Safeguarding.ServiceDefaults.Documents;
using Safeguarding.ServiceDefaults.Domain;

namespace Safeguarding.ServiceDefaults.Tests;

/// <summary>What an uploaded document (a meeting paper, an action's evidence) may be, recognised by its content and not by its name alone.</summary>
public sealed class DocumentUploadTests
{
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    [Theory]
    [InlineData("minutes.pdf", "application/pdf")]
    [InlineData("Agency reports.DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("chronology.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("agenda.odt", "application/vnd.oasis.opendocument.text")]
    [InlineData("notes.txt", "text/plain")]
    public async Task The_types_partners_exchange_are_accepted_by_their_content(string name, string contentType)
    {
        var upload = await DocumentUpload.ReadAsync(File(name, Content(name)), " Agenda ", CancellationToken.None);

        Assert.Equal(("Agenda", name, contentType), (upload.Title, upload.FileName, upload.ContentType));
        Assert.Equal(Content(name), upload.Content);
    }

    [Fact]
    public async Task A_path_in_the_file_name_is_dropped()
    {
        var upload = await DocumentUpload.ReadAsync(File("../../etc/minutes.pdf", Pdf), "Minutes", CancellationToken.None);
        Assert.Equal("minutes.pdf", upload.FileName);
    }

    public static TheoryData<string, byte[]> Impostors() => new()
    {
        { "minutes.pdf", "Not a PDF at all"u8.ToArray() },
        { "minutes.docx", Pdf },
        { "minutes.docx", Zip(("xl/workbook.xml", "<workbook/>"), ("[Content_Types].xml", "<Types/>")) },
        { "minutes.xlsx", "PK\x03\x04 broken zip"u8.ToArray() },
        { "minutes.odt", Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet")) },
        { "minutes.txt", [0x48, 0x69, 0x00, 0x21] },
        { "minutes.txt", [0x48, 0xC3, 0x28] },
        { "minutes.exe", "MZ"u8.ToArray() },
        { "minutes.html", "<html></html>"u8.ToArray() },
        { "minutes", Pdf },
    };

    [Theory]
    [MemberData(nameof(Impostors))]
    public async Task A_file_whose_content_is_not_an_allowed_document_of_its_name_is_refused_naming_file(string name, byte[] content) =>
        Assert.Equal("file", await InvalidAsync(File(name, content), "Minutes"));

    [Fact]
    public async Task A_missing_empty_or_oversized_file_is_refused_naming_file()
    {
        Assert.Equal("file", await InvalidAsync(null, "Minutes"));
        Assert.Equal("file", await InvalidAsync(File("minutes.pdf", []), "Minutes"));
        var oversized = new byte[DocumentUpload.MaxBytes + 1];
        Pdf.CopyTo(oversized, 0);
        Assert.Equal("file", await InvalidAsync(File("minutes.pdf", oversized), "Minutes"));
        Assert.Equal("file", await InvalidAsync(File("", Pdf), "Minutes"));
    }

    [Fact]
    public async Task A_paper_up_to_10_MB_is_accepted()
    {
        var largest = new byte[DocumentUpload.MaxBytes];
        Pdf.CopyTo(largest, 0);
        Assert.Equal(DocumentUpload.MaxBytes, (await DocumentUpload.ReadAsync(File("big.pdf", largest), "Big", CancellationToken.None)).Content.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("a very long title that goes on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on")]
    public async Task A_paper_has_a_title_of_at_most_200_characters(string? title) =>
        Assert.Equal("title", await InvalidAsync(File("minutes.pdf", Pdf), title));

    [Fact]
    public async Task An_endpoint_that_takes_only_some_kinds_refuses_the_others_naming_file_and_takes_its_own()
    {
        string[] reports = [".pdf", ".docx"];
        var refused = await Assert.ThrowsAsync<InvalidValueException>(() => DocumentUpload.ReadAsync(File("notes.txt", Content("notes.txt")), "Report", reports, CancellationToken.None));
        Assert.Equal("file", refused.Field);
        Assert.Contains(".pdf, .docx", refused.Message);
        Assert.Equal("file", (await Assert.ThrowsAsync<InvalidValueException>(() =>
            DocumentUpload.ReadAsync(File("report.pdf", Content("x.docx")), "Report", reports, CancellationToken.None))).Field);
        Assert.Equal("application/pdf", (await DocumentUpload.ReadAsync(File("Report.PDF", Pdf), "Report", reports, CancellationToken.None)).ContentType);
    }

    private static async Task<string> InvalidAsync(IFormFile? file, string? title) =>
        (await Assert.ThrowsAsync<InvalidValueException>(() => DocumentUpload.ReadAsync(file, title, CancellationToken.None))).Field;

    private static FormFile File(string name, byte[] content) => new(new MemoryStream(content), 0, content.Length, "file", name);

    private static byte[] Content(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".pdf" => Pdf,
        ".docx" => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<document/>")),
        ".xlsx" => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")),
        ".odt" => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")),
        _ => Encoding.UTF8.GetBytes("Agenda: introductions, agency involvement, learning — and next steps.\n"),
    };

    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entryName, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entryName).Open());
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }
}
