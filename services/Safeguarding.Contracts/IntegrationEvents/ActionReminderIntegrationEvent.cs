namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>An action falls due soon and is not done: its lead agency is reminded.</summary>
[IntegrationEvent("safeguarding.learning-action.action-reminder.v1")]
public sealed record ActionReminderIntegrationEvent(Guid ActionId, string Partnership, string LeadAgency, DateOnly DueOn) : IIntegrationEvent
{
    public string Subject => ActionId.ToString();
}
