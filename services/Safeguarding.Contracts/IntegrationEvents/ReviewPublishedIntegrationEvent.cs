namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>
/// A review's final report was published, with its anonymous register entry: what the public
/// register shows and the national case review repository catalogues. Nothing here names the child.
/// <paramref name="WithinSixMonths"/> is unknown (null) when the acceptance did not carry the decision date.
/// </summary>
[IntegrationEvent("safeguarding.publication.review-published.v1")]
public sealed record ReviewPublishedIntegrationEvent(
    Guid PublicationId,
    Guid ReviewId,
    string Partnership,
    string ReviewType,
    DateOnly PublishedOn,
    string Name,
    string Incident,
    string? AgeBand,
    string? Sex,
    string? IncidentMonth,
    IReadOnlyList<string> LearningThemes,
    IReadOnlyList<string> Recommendations,
    bool? WithinSixMonths) : IIntegrationEvent
{
    public string Subject => PublicationId.ToString();
}
