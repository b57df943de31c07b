using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// The text of a worksheet cell: shared and inline strings as written, booleans as TRUE or FALSE,
/// numbers in invariant form, and a date serial number (in a date format, or in a date column) as
/// the day it stands for, or the month when the format shows no day. A formula's cached value is
/// taken as it is; the formula is never evaluated.
/// </summary>
internal sealed class XlsxCellText(IReadOnlyList<string> shared, XlsxDateStyles styles, bool date1904)
{
    public string Of(Cell cell, bool inDateColumn)
    {
        var value = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
            return XlsxSharedStrings.Plain(cell.InlineString);
        if (type == CellValues.SharedString)
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : "";
        if (type == CellValues.Boolean)
            return value.Trim() is "1" or "true" ? "TRUE" : "FALSE";
        if (type == CellValues.Date)
            return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value;
        if ((type is null || type == CellValues.Number) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return Number(number, styles.KindOf(cell.StyleIndex?.Value), inDateColumn);
        return value;
    }

    private string Number(double number, XlsxDateKind kind, bool inDateColumn)
    {
        if (kind == XlsxDateKind.None && inDateColumn)
            kind = XlsxDateKind.Day;
        if (kind == XlsxDateKind.None || SerialDate.ToDay(number, date1904) is not { } day)
            return number.ToString(CultureInfo.InvariantCulture);
        return day.ToString(kind == XlsxDateKind.Month ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
