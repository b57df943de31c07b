namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>A learning briefing (7-minute or 6-step) was published to the partnership, for the named agencies to disseminate.</summary>
[IntegrationEvent("safeguarding.learning-action.briefing-published.v1")]
public sealed record BriefingPublishedIntegrationEvent(
    Guid BriefingId, string Partnership, string Format, Guid? ReviewId, IReadOnlyList<string> Agencies, DateOnly PublishedOn) : IIntegrationEvent
{
    public string Subject => BriefingId.ToString();
}
