namespace Safeguarding.Contracts.IntegrationEvents;

/// <summary>
/// A partnership published its yearly report for a period (its <paramref name="Version"/>th for
/// that period): figures only, sent on to the national panel as Working Together 2023 expects.
/// </summary>
[IntegrationEvent("safeguarding.publication.yearly-report-published.v1")]
public sealed record YearlyReportPublishedIntegrationEvent(
    Guid YearlyReportId, string Partnership, DateOnly From, DateOnly To, int Version, DateOnly PublishedOn) : IIntegrationEvent
{
    public string Subject => YearlyReportId.ToString();
}
