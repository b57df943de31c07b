using System.Globalization;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>
/// One CSV cell: quoted when it holds a separator, a quote or a line break; and a cell that a
/// spreadsheet would take for a formula (starting <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return, unless it is a plain number) prefixed with an apostrophe, so that opening the
/// file runs nothing.
/// </summary>
public static class CsvCell
{
    public static string Write(string value)
    {
        var formula = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _);
        var safe = formula ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
