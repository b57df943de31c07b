using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Infrastructure;
using Safeguarding.Statutory;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// A final report counts as received by a national body when its receiver accepts the push, or when
/// its reader asks for what comes after it on the pull feed: the receipt starts the 7 working days' notice.
/// </summary>
public sealed class FeedAcknowledgements(PublicationDbContext db, TimeProvider clock)
{
    public async Task DeliveredAsync(FeedItem item, string how, CancellationToken ct)
    {
        if (item.Type != FeedTypes.FinalReportSent || !Guid.TryParse(item.Subject, out var id))
        {
            return;
        }

        if (FeedItem.ReportVersionIn(item.Data) is { } version && await db.Publications.FirstOrDefaultAsync(p => p.Id == id, ct) is { } publication)
        {
            publication.Acknowledge(item.Recipient, version, clock.Today(), how, clock);
        }
    }
}
