namespace Safeguarding.Statutory;

public static class EnglandAndWalesTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today's date in England and Wales: statutory days turn at midnight UK time, not UTC.</summary>
    public static DateOnly Today(this TimeProvider time) => DayOf(time.GetUtcNow());

    /// <summary>The date in England and Wales of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);
}
