using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Messaging;
using Safeguarding.Publication.Api.Infrastructure;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// Puts an event's minimised payloads on the national bodies' feeds, with a push delivery for each
/// active subscription that wants it, in the transaction that handles the event.
/// </summary>
public sealed class FeedWriter(PublicationDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task WriteAsync(IReadOnlyList<FeedPayload> payloads, string subject, string partnership, IntegrationEventContext source, CancellationToken ct)
    {
        var recipients = payloads.Select(p => p.Recipient).ToList();
        var subscriptions = await db.FeedSubscriptions.Where(s => s.Active && recipients.Contains(s.Recipient)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var payload in payloads)
        {
            var item = new FeedItem
            {
                Id = Guid.CreateVersion7(), Recipient = payload.Recipient, Type = payload.Type, Subject = subject, Partnership = partnership,
                SourceEventId = source.EventId, Time = source.Time == DateTimeOffset.MinValue ? now : source.Time,
                Data = JsonSerializer.Serialize(payload.Data, Json),
            };
            db.FeedItems.Add(item);
            db.FeedDeliveries.AddRange(subscriptions.Where(s => s.Recipient == payload.Recipient && s.Wants(payload.Type))
                .Select(s => FeedDelivery.For(item, s, now)));
        }

        FeedTelemetry.Written.Add(payloads.Count);
    }
}
