namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>
/// The independent chair decided what kind of review a rapid review leads to. It carries the
/// learning themes the rapid review identified, and <paramref name="ReviewId"/> names the review that
/// follows (none for no further action). No detail of the case or the rationale leaves with it.
/// </summary>
[IntegrationEvent("safeguarding.rapid-review.decided.v1")]
public sealed record RapidReviewDecidedIntegrationEvent(
    Guid RapidReviewId,
    Guid NotificationId,
    string Partnership,
    string LocalAuthority,
    string Outcome,
    DateOnly DecidedOn,
    IReadOnlyList<string> LearningThemes,
    Guid? ReviewId) : IIntegrationEvent
{
    public string Subject => RapidReviewId.ToString();
}
