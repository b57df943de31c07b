namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>A requested contribution falls due soon and has not arrived: the agency is reminded.</summary>
[IntegrationEvent("safeguarding.rapid-review.contribution-reminder.v1")]
public sealed record ContributionReminderIntegrationEvent(
    Guid RequestId,
    Guid RapidReviewId,
    string Partnership,
    string Agency,
    DateOnly DueOn) : IIntegrationEvent
{
    public string Subject => RapidReviewId.ToString();
}
