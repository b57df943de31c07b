using System.Globalization;
using System.Text.RegularExpressions;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>Reads the written forms of a <see cref="HistoryDate"/> and checks it is a real date from 1990 to today.</summary>
internal static class HistoryDateParser
{
    public const int EarliestYear = 1990;

    public static bool TryParse(string text, DateOnly today, out HistoryDate? date, out string? problem)
    {
        date = null;
        var written = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var (year, month, day) = Parts(written);
        if (year is null)
            problem = "is not a date in a form the import reads (such as 2018-02-14, 14/02/2018, 14 February 2018 or February 2018).";
        else if (year < 1 || month is not (>= 1 and <= 12) || day is { } d && (d < 1 || d > DateTime.DaysInMonth(year.Value, month.Value)))
            problem = "is not a real date.";
        else if (year < EarliestYear)
            problem = $"is before {EarliestYear}.";
        else if (day is null ? (year, month).CompareTo((today.Year, today.Month)) > 0 : new DateOnly(year.Value, month.Value, day.Value) > today)
            problem = "is later than today.";
        else
        {
            problem = null;
            date = day is null ? HistoryDate.OfMonth(year.Value, month.Value) : HistoryDate.OfDay(new DateOnly(year.Value, month.Value, day.Value));
        }
        return date is not null;
    }

    private static (int? Year, int? Month, int? Day) Parts(string text)
    {
        if (HistoryDateForms.Serial().IsMatch(text))
            return SerialDate.ToDay(double.Parse(text, CultureInfo.InvariantCulture)) is { } serial ? (serial.Year, serial.Month, serial.Day) : (null, null, null);
        foreach (var form in (Regex[])[HistoryDateForms.YearFirstDay(), HistoryDateForms.YearFirstMonth(), HistoryDateForms.DayFirst(), HistoryDateForms.DayAndMonthName(), HistoryDateForms.MonthName()])
        {
            var match = form.Match(text);
            if (!match.Success)
                continue;
            var month = match.Groups["name"].Success ? MonthNames.Find(match.Groups["name"].Value) : Number(match.Groups["m"]);
            return month is null ? (null, null, null) : (Year(match.Groups["y"]), month, match.Groups["d"].Success ? Number(match.Groups["d"]) : null);
        }
        return (null, null, null);
    }

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Year(Group group) => group.Value.Length == 2 ? 2000 + Number(group) : Number(group);
}
