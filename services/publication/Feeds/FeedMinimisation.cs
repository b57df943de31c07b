using Safeguarding.Contracts.Reviews.V1;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Contracts.Notifications.V1;
using static Safeguarding.Publication.Api.Feeds.FeedRecipients;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// Who receives what: the one place that decides, for each event that leaves the partnership, which
/// national bodies receive it and which of its fields each one gets.
/// <list type="bullet">
/// <item>The national panel receives notifications with the children named, rapid reviews, final reports and every publication decision.</item>
/// <item>DfE (for the Secretary of State) and Ofsted receive notifications with the children pseudonymised, and final reports.</item>
/// <item>The national case review repository receives only published reviews, as catalogue entries.</item>
/// </list>
/// </summary>
public static class FeedMinimisation
{
    /// <summary>
    /// What in an item may identify a child, so that each push or read of it is audited by what it is
    /// about: the panel's notifications name the children (by notification), and a submitted rapid
    /// review's report carries the facts (by rapid review). Null when the item identifies no one.
    /// </summary>
    public static (string Resource, string[] Fields)? Identifying(FeedEntry item) => item.Type switch
    {
        FeedTypes.NotificationMade or FeedTypes.NotificationAmended when item.Data.TryGetProperty("children", out var children)
            && children.ValueKind == System.Text.Json.JsonValueKind.Array && children.EnumerateArray().Any(c => c.TryGetProperty("name", out _))
            => (NotificationRead, ["children", "incidentPlace", "caseOutline"]),
        FeedTypes.RapidReviewSubmitted when item.Data.TryGetProperty("report", out _) => (RapidReviewRead, ["recommendation", "decision"]),
        _ => null,
    };

    /// <summary>The audit trail's resource for a notification whose children left on a feed.</summary>
    public const string NotificationRead = "feed-notification";

    /// <summary>The audit trail's resource for a rapid review whose report left on a feed.</summary>
    public const string RapidReviewRead = "feed-rapid-review";

    public static IReadOnlyList<FeedPayload> NotificationMade(NationalNotification n) =>
    [
        new(NationalPanel, FeedTypes.NotificationMade, NotificationPayloads.Identified(n)),
        new(Dfe, FeedTypes.NotificationMade, NotificationPayloads.Pseudonymised(n)),
        new(Ofsted, FeedTypes.NotificationMade, NotificationPayloads.Pseudonymised(n)),
    ];

    public static IReadOnlyList<FeedPayload> NotificationAmended(NationalNotification n, NotificationAmendedIntegrationEvent e)
    {
        var change = new { amendmentNumber = e.AmendmentNumber, amendedOn = e.AmendedOn, changedFields = e.ChangedFields };
        return
        [
            new(NationalPanel, FeedTypes.NotificationAmended, NotificationPayloads.Identified(n, change)),
            new(Dfe, FeedTypes.NotificationAmended, NotificationPayloads.Pseudonymised(n, change)),
            new(Ofsted, FeedTypes.NotificationAmended, NotificationPayloads.Pseudonymised(n, change)),
        ];
    }

    public static IReadOnlyList<FeedPayload> NotificationWithdrawn(NotificationDetails d, NotificationWithdrawnIntegrationEvent e)
    {
        var data = new { notification = NotificationPayloads.Facts(d), withdrawnOn = e.WithdrawnOn };
        return [new(NationalPanel, FeedTypes.NotificationWithdrawn, data), new(Dfe, FeedTypes.NotificationWithdrawn, data), new(Ofsted, FeedTypes.NotificationWithdrawn, data)];
    }

    /// <summary>The rapid review as the panel reads it: its dates, and the report (facts, learning, actions, recommendation, decision).</summary>
    public static IReadOnlyList<FeedPayload> RapidReviewSubmitted(RapidReviewSubmittedIntegrationEvent e, RapidReviewReport report) =>
    [
        new(NationalPanel, FeedTypes.RapidReviewSubmitted, new
        {
            rapidReviewId = e.RapidReviewId, notificationId = e.NotificationId, partnership = e.Partnership, localAuthority = e.LocalAuthority,
            notifiedOn = e.NotifiedOn, dueOn = e.DueOn, submittedOn = e.SubmittedOn, onTime = e.OnTime, delayReason = e.DelayReason,
            decision = new { outcome = e.Outcome, decidedOn = e.DecidedOn, rationale = report.DecisionRationale }, learningThemes = e.LearningThemes,
            report = new
            {
                facts = report.Facts, learningIdentified = report.LearningIdentified, immediateActions = report.ImmediateActions,
                recommendation = new { outcome = report.RecommendedOutcome, rationale = report.RecommendationRationale },
            },
        }),
    ];

    public static IReadOnlyList<FeedPayload> RapidReviewDecided(RapidReviewDecidedIntegrationEvent e) =>
    [
        new(NationalPanel, FeedTypes.RapidReviewDecided, new
        {
            rapidReviewId = e.RapidReviewId, notificationId = e.NotificationId, partnership = e.Partnership, localAuthority = e.LocalAuthority,
            outcome = e.Outcome, decidedOn = e.DecidedOn, learningThemes = e.LearningThemes, reviewId = e.ReviewId,
        }),
    ];

    /// <summary>The report itself is fetched by each body from its own feed, at <paramref name="reportHref"/>, and checked against its checksum.</summary>
    public static IReadOnlyList<FeedPayload> FinalReportSent(FinalReportSentIntegrationEvent e, Func<string, string> reportHref) =>
        [.. NoticeOfPublication.Select(r => new FeedPayload(r, FeedTypes.FinalReportSent, new
        {
            publicationId = e.PublicationId, reviewId = e.ReviewId, partnership = e.Partnership, reviewType = e.ReviewType, sentOn = e.SentOn,
            report = new { version = e.Version, contentType = e.ContentType, size = e.Size, sha256 = e.Sha256, href = reportHref(r) },
        }))];

    public static IReadOnlyList<FeedPayload> ReviewPublished(ReviewPublishedIntegrationEvent e, string reportHref) =>
    [
        new(NationalPanel, FeedTypes.ReviewPublished, new
        {
            publicationId = e.PublicationId, reviewId = e.ReviewId, partnership = e.Partnership, reviewType = e.ReviewType, publishedOn = e.PublishedOn,
            withinSixMonths = e.WithinSixMonths, report = reportHref,
        }),
        new(Repository, FeedTypes.CatalogueEntry, new
        {
            title = $"{e.PublishedOn.Year} – {e.Partnership} – {e.Name}", partnership = e.Partnership, reviewType = e.ReviewType, publishedOn = e.PublishedOn,
            summary = new { incident = e.Incident, ageBand = e.AgeBand, sex = e.Sex, incidentMonth = e.IncidentMonth },
            learningThemes = e.LearningThemes, recommendations = e.Recommendations, report = reportHref,
        }),
    ];

    public static IReadOnlyList<FeedPayload> PublicationDelayed(PublicationDelayedIntegrationEvent e) =>
    [
        new(NationalPanel, FeedTypes.PublicationDelayed, new
        {
            publicationId = e.PublicationId, reviewId = e.ReviewId, partnership = e.Partnership, from = e.From, to = e.To, reason = e.Reason, decidedOn = e.DecidedOn,
        }),
    ];

    public static IReadOnlyList<FeedPayload> DecisionNotToPublish(DecisionNotToPublishIntegrationEvent e) =>
    [
        new(NationalPanel, FeedTypes.DecisionNotToPublish, new
        {
            publicationId = e.PublicationId, reviewId = e.ReviewId, partnership = e.Partnership, reasons = e.Reasons, improvements = e.Improvements,
            decidedOn = e.DecidedOn,
        }),
    ];

    /// <summary>The national panel receives the partnership's yearly report: its figures (counts only) and a link to its document.</summary>
    public static IReadOnlyList<FeedPayload> YearlyReportPublished(YearlyReportPublishedIntegrationEvent e, System.Text.Json.JsonElement figures, string documentHref) =>
    [
        new(NationalPanel, FeedTypes.YearlyReportPublished, new
        {
            yearlyReportId = e.YearlyReportId, partnership = e.Partnership, from = e.From, to = e.To, version = e.Version, publishedOn = e.PublishedOn,
            figures, document = documentHref,
        }),
    ];
}
