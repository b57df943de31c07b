namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>The business manager signed off a completed action.</summary>
[IntegrationEvent("safeguarding.learning-action.action-signed-off.v1")]
public sealed record ActionSignedOffIntegrationEvent(Guid ActionId, string Partnership, string LeadAgency, Guid? ReviewId, DateOnly SignedOffOn) : IIntegrationEvent
{
    public string Subject => ActionId.ToString();
}
