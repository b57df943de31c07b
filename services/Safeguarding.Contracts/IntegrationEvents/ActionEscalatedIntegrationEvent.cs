namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>An overdue action reached a step of its partnership's escalation ladder: <see cref="Recipient"/> is told.</summary>
[IntegrationEvent("safeguarding.learning-action.action-escalated.v1")]
public sealed record ActionEscalatedIntegrationEvent(
    Guid ActionId, string Partnership, string LeadAgency, DateOnly DueOn, int Level, string Recipient, int WorkingDaysOverdue) : IIntegrationEvent
{
    public string Subject => ActionId.ToString();
}
