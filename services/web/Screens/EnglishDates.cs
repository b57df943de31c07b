using System.Globalization;

namespace Safeguarding.Web.Screens;

/// <summary>Dates as people in England write them: "8 December 2026", "Tuesday 8 December 2026".</summary>
public static class EnglishDates
{
    public static string Long(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string WithWeekday(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>A moment in England's time: "8 December 2026 at 2:30pm".</summary>
    public static string Long(DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, London);
        return $"{Long(DateOnly.FromDateTime(local.DateTime))} at {local.ToString("h:mmtt", CultureInfo.InvariantCulture).ToLowerInvariant()}";
    }
}
