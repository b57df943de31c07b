using System.Text;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>
/// A table as CSV (RFC 4180): every cell quoted when it must be, and a cell that a spreadsheet would
/// take for a formula (starting <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return)
/// prefixed with an apostrophe, so that opening the file runs nothing.
/// </summary>
public static class CsvTable
{
    public static string Write(ReportTable table)
    {
        var csv = new StringBuilder();
        Line(csv, table.Columns);
        foreach (var row in table.Rows)
        {
            Line(csv, row);
        }

        return csv.ToString();
    }

    public static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(value) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string> cells) => csv.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    // A negative number is data, not a formula.
    private static bool IsNumber(string value) => decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _);
}
