using System.Globalization;

namespace Safeguarding.Statutory;

/// <summary>
/// A date as a register recorded it: a day (yyyy-MM-dd), or only a month (yyyy-MM), which stays a
/// month. A period counts a month-only date by the month's first day.
/// </summary>
public readonly record struct RecordedDay(DateOnly FirstDay, bool MonthOnly)
{
    /// <summary>The date a text written yyyy-MM-dd or yyyy-MM stands for; null for an empty one, and for one in neither form.</summary>
    public static RecordedDay? Parse(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? new RecordedDay(day, false)
        : DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? new RecordedDay(month, true)
        : null;

    public override string ToString() => FirstDay.ToString(MonthOnly ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
