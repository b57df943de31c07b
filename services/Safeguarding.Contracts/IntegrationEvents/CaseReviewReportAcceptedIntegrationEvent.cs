namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>
/// A partnership accepted a review's report: its recommendations (with stable identifiers) become
/// actions, and the report moves towards publication. <paramref name="DecidedOn"/> is the day the
/// chair decided on the review, from which its 6 months to publication count; <paramref name="NotificationId"/>
/// the notification it follows, whose identifying details the publication service's check searches for.
/// </summary>
[IntegrationEvent("safeguarding.rapid-review.review-report-accepted.v1")]
public sealed record CaseReviewReportAcceptedIntegrationEvent(
    Guid ReviewId,
    Guid RapidReviewId,
    string Partnership,
    string ReviewType,
    DateOnly AcceptedOn,
    IReadOnlyList<string> LearningThemes,
    IReadOnlyList<AcceptedRecommendation> Recommendations,
    DateOnly? DecidedOn = null,
    Guid? NotificationId = null) : IIntegrationEvent
{
    public string Subject => ReviewId.ToString();
}
