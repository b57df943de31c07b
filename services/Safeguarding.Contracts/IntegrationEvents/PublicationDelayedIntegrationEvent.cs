namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>The chair delayed a review's publication for sensitivity (e.g. an anniversary or a trial), with the reason and the new date.</summary>
[IntegrationEvent("safeguarding.publication.publication-delayed.v1")]
public sealed record PublicationDelayedIntegrationEvent(
    Guid PublicationId, Guid ReviewId, string Partnership, DateOnly From, DateOnly To, string Reason, DateOnly DecidedOn) : IIntegrationEvent
{
    public string Subject => PublicationId.ToString();
}
