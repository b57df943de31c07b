using DocumentFormat.OpenXml.Spreadsheet;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// Lays a worksheet row's cells out by column (a cell without a reference follows the one before),
/// keeping the first <see cref="SheetRows.MaxColumns"/> columns and saying whether any text lies beyond them.
/// </summary>
internal static class XlsxRowCells
{
    public static (List<string> Cells, bool TextBeyond) Of(Row row, XlsxCellText text, IReadOnlySet<int> dateColumns)
    {
        var cells = new List<string>();
        var beyond = false;
        var column = -1;
        foreach (var cell in row.Elements<Cell>())
        {
            column = CellReference.Column(cell.CellReference?.Value) ?? column + 1;
            var value = text.Of(cell, dateColumns.Contains(column));
            if (column >= SheetRows.MaxColumns)
                beyond |= !string.IsNullOrWhiteSpace(value);
            else
            {
                while (cells.Count <= column)
                    cells.Add("");
                cells[column] = value;
            }
        }
        return (cells, beyond);
    }
}
