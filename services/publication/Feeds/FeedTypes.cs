namespace Safeguarding.Publication.Api.Feeds;

/// <summary>The CloudEvents types the national bodies receive: each says what happened, versioned like the platform's events.</summary>
public static class FeedTypes
{
    public const string NotificationMade = "uk.safeguarding.notification.made.v1";
    public const string NotificationAmended = "uk.safeguarding.notification.amended.v1";
    public const string NotificationWithdrawn = "uk.safeguarding.notification.withdrawn.v1";
    public const string RapidReviewSubmitted = "uk.safeguarding.rapid-review.submitted.v1";
    public const string RapidReviewDecided = "uk.safeguarding.rapid-review.decided.v1";
    public const string FinalReportSent = "uk.safeguarding.final-report.sent.v1";
    public const string ReviewPublished = "uk.safeguarding.review.published.v1";
    public const string PublicationDelayed = "uk.safeguarding.review.publication-delayed.v1";
    public const string DecisionNotToPublish = "uk.safeguarding.review.not-to-be-published.v1";
    public const string CatalogueEntry = "uk.safeguarding.repository.catalogue-entry.v1";
    public const string YearlyReportPublished = "uk.safeguarding.yearly-report.published.v1";

    public static readonly IReadOnlyList<string> All =
    [
        NotificationMade, NotificationAmended, NotificationWithdrawn, RapidReviewSubmitted, RapidReviewDecided, FinalReportSent,
        ReviewPublished, PublicationDelayed, DecisionNotToPublish, CatalogueEntry, YearlyReportPublished,
    ];
}
