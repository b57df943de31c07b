namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>An action passed its due date without being done.</summary>
[IntegrationEvent("safeguarding.learning-action.action-overdue.v1")]
public sealed record ActionOverdueIntegrationEvent(Guid ActionId, string Partnership, string LeadAgency, DateOnly DueOn) : IIntegrationEvent
{
    public string Subject => ActionId.ToString();
}
