namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>An action falls due soon and is not done: its lead agency is reminded.</summary>
[IntegrationEvent("safeguarding.learning-action.action-reminder.v1")]
public sealed record ActionReminderIntegrationEvent(Guid ActionId, string Partnership, string LeadAgency, DateOnly DueOn) : IIntegrationEvent
{
    public string Subject => ActionId.ToString();
}

/// <summary>An action passed its due date without being done.</summary>
[IntegrationEvent("safeguarding.learning-action.action-overdue.v1")]
public sealed record ActionOverdueIntegrationEvent(Guid ActionId, string Partnership, string LeadAgency, DateOnly DueOn) : IIntegrationEvent
{
    public string Subject => ActionId.ToString();
}

/// <summary>An overdue action reached a step of its partnership's escalation ladder: <see cref="Recipient"/> is told.</summary>
[IntegrationEvent("safeguarding.learning-action.action-escalated.v1")]
public sealed record ActionEscalatedIntegrationEvent(
    Guid ActionId, string Partnership, string LeadAgency, DateOnly DueOn, int Level, string Recipient, int WorkingDaysOverdue) : IIntegrationEvent
{
    public string Subject => ActionId.ToString();
}

/// <summary>The business manager signed off a completed action.</summary>
[IntegrationEvent("safeguarding.learning-action.action-signed-off.v1")]
public sealed record ActionSignedOffIntegrationEvent(Guid ActionId, string Partnership, string LeadAgency, Guid? ReviewId, DateOnly SignedOffOn) : IIntegrationEvent
{
    public string Subject => ActionId.ToString();
}
