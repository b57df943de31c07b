namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>
/// The business unit asked a named agency for its contribution to a rapid review, due by a working
/// day of the schedule. An agency's case system can take it as its work item.
/// </summary>
[IntegrationEvent("safeguarding.rapid-review.contribution-requested.v1")]
public sealed record ContributionRequestedIntegrationEvent(
    Guid RequestId,
    Guid RapidReviewId,
    string Partnership,
    string Agency,
    DateOnly DueOn) : IIntegrationEvent
{
    public string Subject => RapidReviewId.ToString();
}
