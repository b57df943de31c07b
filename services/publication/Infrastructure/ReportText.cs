using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Safeguarding.ServiceDefaults.Domain;
using UglyToad.PdfPig;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.Publication.Api.Infrastructure;

/// <summary>
/// The words of a final report (PDF or Word), to search for identifiers. A document that cannot be
/// read is refused (400 naming <c>file</c>): a report whose text cannot be checked is not published.
/// </summary>
public static class ReportText
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string Extract(string contentType, byte[] content)
    {
        try
        {
            return contentType == Pdf ? FromPdf(content) : FromDocx(content);
        }
        catch (Exception e) when (e is not InvalidValueException)
        {
            // The parsers throw many kinds of exception for a damaged file; none of their messages is shown.
            throw new InvalidValueException("file", "file could not be read as the document it claims to be: it may be damaged or protected.");
        }
    }

    private static string FromPdf(byte[] content)
    {
        using var document = PdfDocument.Open(content);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.AppendLine(string.Join(" ", page.GetWords().Select(w => w.Text)));
        }

        return text.ToString();
    }

    /// <summary>Each paragraph on its own line, so that words in neighbouring paragraphs are never run together.</summary>
    private static string FromDocx(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart?.Document?.Body;
        Valid(body is not null, "file", "file has no document body to read.");
        return string.Join("\n", body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
