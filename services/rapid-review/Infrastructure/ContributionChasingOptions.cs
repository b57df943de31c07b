namespace Safeguarding.RapidReview.Api.Infrastructure;

/// <summary>How contribution requests are chased (<c>RapidReview:Chasing</c>).</summary>
public sealed class ContributionChasingOptions
{
    /// <summary>How often awaited contributions are looked at.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A reminder goes once a request falls due within this many working days.</summary>
    public int ReminderWorkingDays { get; set; } = 2;
}
