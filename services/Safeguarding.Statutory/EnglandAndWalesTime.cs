namespace Safeguarding.Statutory;

public static class EnglandAndWalesTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today's date in England and Wales: statutory days turn at midnight UK time, not UTC.</summary>
    public static DateOnly Today(this TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), London).DateTime);
}
