namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>
/// The partnership sent its rapid review, with the chair's decision, to the national panel:
/// <paramref name="OnTime"/> when within 15 working days of the notification, otherwise with the
/// reason for the delay. No detail of the case travels with it.
/// </summary>
[IntegrationEvent("safeguarding.rapid-review.submitted-to-panel.v1")]
public sealed record RapidReviewSubmittedIntegrationEvent(
    Guid RapidReviewId,
    Guid NotificationId,
    string Partnership,
    string LocalAuthority,
    DateOnly NotifiedOn,
    DateOnly DueOn,
    DateOnly SubmittedOn,
    bool OnTime,
    string? DelayReason,
    string Outcome,
    DateOnly DecidedOn,
    IReadOnlyList<string> LearningThemes) : IIntegrationEvent
{
    public string Subject => RapidReviewId.ToString();
}
