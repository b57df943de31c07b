using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Safeguarding.Publication.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Domain;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Safeguarding.Publication.Tests;

/// <summary>The words of a final report, read from a Word document or a PDF, and a damaged one refused naming file.</summary>
public sealed class ReportTextTests
{
    [Fact]
    public void A_word_documents_paragraphs_are_read_without_running_into_one_another()
    {
        var text = ReportText.Extract(ReportText.Docx, Docx("The child lived with Ann", "Jones visited weekly."));
        Assert.Contains("The child lived with Ann\nJones visited weekly.", text);
    }

    [Fact]
    public void A_pdfs_words_are_read_page_by_page()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText("Ann Jones was seen at school.", 11, new PdfPoint(50, 700), builder.AddStandard14Font(Standard14Font.Helvetica));
        Assert.Contains("Ann Jones was seen at school.", ReportText.Extract(ReportText.Pdf, builder.Build()));
    }

    [Theory]
    [InlineData(ReportText.Pdf)]
    [InlineData(ReportText.Docx)]
    public void A_document_that_cannot_be_read_is_refused_naming_file(string contentType) =>
        Assert.Equal("file", Assert.Throws<InvalidValueException>(() => ReportText.Extract(contentType, "%PDF-1.7 PK damaged"u8.ToArray())).Field);

    private static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
        }

        return stream.ToArray();
    }
}
