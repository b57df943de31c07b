using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.Publication.Api.Infrastructure;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>A published yearly report goes to the national panel's feed with its figures as published and a link to its document.</summary>
public sealed class YearlyReportFeedHandler(FeedWriter feeds, PublicationDbContext db, IOptions<FeedOptions> options)
    : IIntegrationEventHandler<YearlyReportPublishedIntegrationEvent>
{
    public async Task HandleAsync(YearlyReportPublishedIntegrationEvent e, IntegrationEventContext context, CancellationToken ct)
    {
        var figures = await db.PublishedYearlyReports.AsNoTracking().Where(r => r.Id == e.YearlyReportId).Select(r => r.Figures).FirstAsync(ct);
        using var document = JsonDocument.Parse(figures);
        var href = options.Value.Link($"/feeds/{FeedRecipients.NationalPanel}/yearly-reports/{e.YearlyReportId}");
        await feeds.WriteAsync(FeedMinimisation.YearlyReportPublished(e, document.RootElement.Clone(), href), e.Subject, e.Partnership, context, ct);
    }
}
