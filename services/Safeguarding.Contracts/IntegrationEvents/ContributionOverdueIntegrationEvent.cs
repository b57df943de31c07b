namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>A requested contribution is past its due date: the partnership's business manager is told.</summary>
[IntegrationEvent("safeguarding.rapid-review.contribution-overdue.v1")]
public sealed record ContributionOverdueIntegrationEvent(
    Guid RequestId,
    Guid RapidReviewId,
    string Partnership,
    string Agency,
    DateOnly DueOn) : IIntegrationEvent
{
    public string Subject => RapidReviewId.ToString();
}
