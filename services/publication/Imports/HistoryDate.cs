using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Safeguarding.Publication.Api.Imports;

/// <summary>
/// A date from a partnership's history: a day, or only a month when that is all the register
/// recorded. A month stays a month; it is never taken for its first day.
/// </summary>
public sealed record HistoryDate
{
    private HistoryDate(int year, int month, int? day) => (Year, Month, Day) = (year, month, day);

    public int Year { get; }

    public int Month { get; }

    /// <summary>The day of the month, or null for a month only.</summary>
    public int? Day { get; }

    public bool IsMonthOnly => Day is null;

    /// <summary>The day itself, or the first day of a month-only date.</summary>
    public DateOnly FirstDay => new(Year, Month, Day ?? 1);

    public static HistoryDate OfDay(DateOnly day) => new(day.Year, day.Month, day.Day);

    public static HistoryDate OfMonth(int year, int month)
    {
        _ = new DateOnly(year, month, 1);
        return new(year, month, null);
    }

    /// <summary>
    /// Reads a date written as 2018-02-14, 14/02/2018, 14.02.2018, 14.02.18, 14 February 2018,
    /// February 2018, Feb 2018, Feb-18, 2018-02 or a spreadsheet serial number, refusing dates that do
    /// not exist, fall before 1990 or come after <paramref name="today"/>. The problem is worded to follow the
    /// name of what was read ("Referred on is not a real date.") and never repeats the text.
    /// </summary>
    public static bool TryParse(string text, DateOnly today, [NotNullWhen(true)] out HistoryDate? date, [NotNullWhen(false)] out string? problem) =>
        HistoryDateParser.TryParse(text, today, out date, out problem);

    /// <summary>Whether this date is surely earlier than <paramref name="other"/>: a month-only date is compared by its month.</summary>
    public bool IsBefore(HistoryDate other) =>
        IsMonthOnly || other.IsMonthOnly ? (Year, Month).CompareTo((other.Year, other.Month)) < 0 : FirstDay < other.FirstDay;

    public override string ToString() =>
        FirstDay.ToString(IsMonthOnly ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
