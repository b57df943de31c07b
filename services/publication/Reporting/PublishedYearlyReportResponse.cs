using Safeguarding.Publication.Api.Model;

namespace Safeguarding.Publication.Api.Reporting;

/// <summary>A published yearly report, without its figures: where its document is, and which version of its period it is.</summary>
public sealed record PublishedYearlyReportResponse(Guid Id, string Partnership, DateOnly From, DateOnly To, int Version, DateOnly PublishedOn,
    string PublishedBy, string Document)
{
    public static PublishedYearlyReportResponse Of(PublishedYearlyReport r) =>
        new(r.Id, r.Partnership, r.From, r.To, r.Version, r.PublishedOn, r.PublishedBy, $"/api/yearly-report/publications/{r.Id}/document");
}
