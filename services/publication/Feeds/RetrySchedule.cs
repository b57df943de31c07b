namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// When a failed push is tried again: the delay doubles from <see cref="FirstDelay"/> up to
/// <see cref="MaxDelay"/>, each drawn between half and all of it (jitter, so that receivers coming
/// back are not hit by every sender at once); after <see cref="MaxAttempts"/> tries the delivery is
/// dead-lettered until an operator replays it.
/// </summary>
public sealed class RetrySchedule
{
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(6);

    public int MaxAttempts { get; set; } = 12;

    /// <summary>The delay after the <paramref name="attempt"/>th failure (1-based); <paramref name="random"/> in [0, 1).</summary>
    public TimeSpan DelayAfter(int attempt, double random)
    {
        var full = Math.Min(MaxDelay.TotalMilliseconds, FirstDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30)));
        return TimeSpan.FromMilliseconds(full * (0.5 + random / 2));
    }
}
