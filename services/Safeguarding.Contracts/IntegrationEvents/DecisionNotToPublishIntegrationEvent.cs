namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>
/// The chair decided not to publish a review's report: the reasons go to the national panel, and the
/// information about the improvements to be made is published in its place.
/// </summary>
[IntegrationEvent("safeguarding.publication.decision-not-to-publish.v1")]
public sealed record DecisionNotToPublishIntegrationEvent(
    Guid PublicationId, Guid ReviewId, string Partnership, string Reasons, string Improvements, DateOnly DecidedOn) : IIntegrationEvent
{
    public string Subject => PublicationId.ToString();
}
