namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>An agency expected to disseminate a published briefing has shown no dissemination within the due working days.</summary>
[IntegrationEvent("safeguarding.learning-action.dissemination-overdue.v1")]
public sealed record DisseminationOverdueIntegrationEvent(Guid BriefingId, string Partnership, string Agency, DateOnly PublishedOn) : IIntegrationEvent
{
    public string Subject => BriefingId.ToString();
}
