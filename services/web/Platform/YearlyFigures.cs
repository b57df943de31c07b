namespace Safeguarding.Web.Platform;

/// <summary>The yearly report's figures the screen shows; the printable document has every table and chart.</summary>
public sealed record YearlyFigures(DateOnly From, DateOnly To, ReferralFigures Referrals, NotificationFigures Notifications, RapidReviewFigures RapidReviews,
    IReadOnlyList<ReviewTypeFigures> Reviews, IReadOnlyList<TimelinessLine> Timeliness);
