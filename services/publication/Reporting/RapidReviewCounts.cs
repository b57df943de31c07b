namespace Safeguarding.Publication.Api.Reporting;

/// <summary>
/// Rapid reviews opened in the period (by the day the notification was made), those submitted to
/// the national panel in it and the share of them within 15 working days, and the chair's decisions
/// made in it, by outcome. The share leaves out the imported ones whose timeliness cannot be told (<see cref="TimelinessUnknown"/>).
/// </summary>
public sealed record RapidReviewCounts(int Opened, int Submitted, int SubmittedWithin15WorkingDays, decimal? ShareWithin15WorkingDays,
    IReadOnlyList<OutcomeLine> Decisions, int TimelinessUnknown = 0);
