using System.Globalization;
using System.Text;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>
/// The chronology as CSV (RFC 4180) that a spreadsheet opens as text: dates as people in England
/// write them, and a cell that a spreadsheet would run as a formula kept as text.
/// </summary>
public static class ChronologyCsv
{
    public static byte[] Write(IEnumerable<ChronologyEntry> entries)
    {
        var csv = new StringBuilder("Date,Agency,Agency type,Key practice episode\r\n");
        foreach (var e in entries)
        {
            csv.Append(Cell(e.On?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "")).Append(',')
                .Append(Cell(e.Agency)).Append(',').Append(Cell(e.AgencyType)).Append(',').Append(Cell(e.Episode)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static string Cell(string value)
    {
        var text = value.Length > 0 && "=+-@\t\r".Contains(value[0]) ? "'" + value : value;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}
