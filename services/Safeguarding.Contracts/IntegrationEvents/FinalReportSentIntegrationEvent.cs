namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>
/// The business manager sent a review's checked final report (one version, by its checksum) to the
/// national panel, the Secretary of State and Ofsted, whose notice of publication starts when each
/// acknowledges it. Its title and file name stay in the publication service.
/// </summary>
[IntegrationEvent("safeguarding.publication.final-report-sent.v1")]
public sealed record FinalReportSentIntegrationEvent(
    Guid PublicationId,
    Guid ReviewId,
    string Partnership,
    string ReviewType,
    DateOnly SentOn,
    int Version,
    string ContentType,
    long Size,
    string Sha256) : IIntegrationEvent
{
    public string Subject => PublicationId.ToString();
}
