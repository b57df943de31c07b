using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// Reads the first worksheet of an XLSX workbook into rows, one row at a time. Only the workbook's
/// own parts are read: external links and other relationships are never followed.
/// </summary>
internal static class XlsxSheet
{
    /// <summary>The most characters any one part of the workbook may unpack to.</summary>
    private const long MaxCharactersInPart = 40_000_000;

    public static SheetRows Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { AutoSave = false, MaxCharactersInPart = MaxCharactersInPart });
            var workbook = document.WorkbookPart ?? throw new UnreadableFileException("The file is not an XLSX workbook.");
            var sheet = FirstWorksheet(workbook) ?? throw new UnreadableFileException("The workbook has no worksheet.");
            var date1904 = workbook.Workbook?.WorkbookProperties?.Date1904?.Value == true;
            var text = new XlsxCellText(XlsxSharedStrings.Read(workbook), XlsxDateStyles.Read(workbook), date1904);
            return ReadRows(sheet, text);
        }
        catch (Exception e) when (e is not (UnreadableFileException or OutOfMemoryException))
        {
            throw new UnreadableFileException("The file is not a valid XLSX workbook.");
        }
    }

    private static WorksheetPart? FirstWorksheet(WorkbookPart workbook) =>
        workbook.Workbook?.Sheets?.Elements<Sheet>()
            .Select(s => s.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null)
            .FirstOrDefault(part => part is not null);

    private static SheetRows ReadRows(WorksheetPart sheet, XlsxCellText text)
    {
        var rows = new SheetRows();
        IReadOnlySet<int> dateColumns = new HashSet<int>();
        var number = 0;
        using var reader = OpenXmlReader.Create(sheet);
        // Loading an element moves the reader past it; anything else is stepped over.
        reader.Read();
        while (!reader.EOF)
        {
            if (!reader.IsStartElement || reader.ElementType != typeof(Row))
            {
                reader.Read();
                continue;
            }
            var row = (Row)reader.LoadCurrentElement()!;
            number = row.RowIndex?.Value is { } index and <= 1_048_576 ? (int)index : number + 1;
            var (cells, beyond) = XlsxRowCells.Of(row, text, dateColumns);
            if (beyond)
                rows.Problems.Add(new ImportProblem(number, null, "This row has text in a column without a header."));
            var hadHeader = rows.Header is not null;
            rows.Add(new SheetRow(number, cells));
            if (!hadHeader && rows.Header is { } header)
                dateColumns = header.Cells.Index().Where(c => RegisterColumns.Find(c.Item)?.IsDate == true).Select(c => c.Index).ToHashSet();
        }
        return rows;
    }
}
