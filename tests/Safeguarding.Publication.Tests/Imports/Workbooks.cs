using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Safeguarding.Publication.Tests.Imports;

/// <summary>Builds small XLSX workbooks: text cells inline, numbers as numbers, a day-formatted (style 1) or month-formatted (style 2) serial date, and formulas with a cached value.</summary>
internal static class Workbooks
{
    public sealed record Serial(double Value, uint Style);

    public sealed record Formula(string Text, string Cached);

    /// <summary>Text kept in the workbook's shared strings, as spreadsheet programs write it.</summary>
    public sealed record Shared(string Text);

    public static byte[] Of(params object[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "mmm yyyy" }),
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }));
            var shared = rows.SelectMany(r => r).OfType<Shared>().Select(s => s.Text).Distinct().ToList();
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(shared.Select(t => new SharedStringItem(new Text(t))));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(rows.Select(r => Row(r, shared))));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Register" }));
        }
        return stream.ToArray();
    }

    private static Row Row(object[] cells, List<string> shared) => new(cells.Select(c => Cell(c, shared)));

    private static Cell Cell(object value, List<string> shared) => value switch
    {
        Shared s => new Cell { CellValue = new CellValue(shared.IndexOf(s.Text)), DataType = CellValues.SharedString },
        Serial s => new Cell { CellValue = new CellValue(s.Value), StyleIndex = s.Style },
        double d => new Cell { CellValue = new CellValue(d), DataType = CellValues.Number },
        Formula f => new Cell { CellFormula = new CellFormula(f.Text), CellValue = new CellValue(f.Cached), DataType = CellValues.String },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) },
    };
}
