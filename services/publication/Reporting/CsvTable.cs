using System.Text;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>A table as CSV (RFC 4180): its columns first, then a line for each row, every cell written by <see cref="CsvCell"/>.</summary>
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

    private static void Line(StringBuilder csv, IReadOnlyList<string> cells) => csv.Append(string.Join(',', cells.Select(CsvCell.Write))).Append("\r\n");
}
