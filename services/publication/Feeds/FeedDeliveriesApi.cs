using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>Operators see every push and its attempts, and replay what was dead-lettered once the receiver is back.</summary>
public static class FeedDeliveriesApi
{
    public static IEndpointRouteBuilder MapFeedDeliveriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/feeds/deliveries").WithTags("Feeds").RequireAuthorization(Policies.Operate);
        api.MapGet("", ListAsync).WithName("ListFeedDeliveries")
            .WithSummary("Pushes, newest first (filter by recipient, status: pending, delivered, dead-lettered), with their attempt counts");
        api.MapGet("/{id:guid}", GetAsync).WithName("GetFeedDelivery").WithSummary("A push with every attempt: when, the status code or failure, how long");
        api.MapPost("/{id:guid}/replay", ReplayAsync).WithName("ReplayFeedDelivery")
            .WithSummary("Send a dead-lettered (or delivered) push again now, with the same webhook-id");
        return app;
    }

    public static async Task<Ok<PageOf<DeliveryResponse>>> ListAsync([AsParameters] DeliveryQuery query, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var deliveries =
            from d in services.Db.FeedDeliveries.AsNoTracking()
            where (query.Recipient == null || d.Recipient == query.Recipient) && (query.Status == null || d.Status == query.Status)
            join i in services.Db.FeedItems on d.FeedItemId equals i.Id
            orderby d.Id descending
            select new DeliveryRow(d, i.Type, i.Subject);
        return TypedResults.Ok(await query.ReadAsync(deliveries, r => DeliveryResponse.From(r, withAttempts: false), ct));
    }

    public static async Task<Ok<DeliveryResponse>> GetAsync(Guid id, [FromServices] PublicationServices services, CancellationToken ct) =>
        TypedResults.Ok(DeliveryResponse.From(await RowAsync(services, id, ct), withAttempts: true));

    public static async Task<Ok<DeliveryResponse>> ReplayAsync(Guid id, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var delivery = await services.Db.FeedDeliveries.FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException("Delivery", id);
        // A subscription replaced since (removed, or its declared endpoint moved): the recipient's current one that wants the item.
        var type = await services.Db.FeedItems.Where(i => i.Id == delivery.FeedItemId).Select(i => i.Type).FirstAsync(ct);
        var current = await services.Db.FeedSubscriptions.AsNoTracking().Where(s => s.Recipient == delivery.Recipient && s.Active)
            .OrderBy(s => s.Id == delivery.SubscriptionId ? 0 : 1).ThenByDescending(s => s.CreatedAt).ToListAsync(ct);
        delivery.Replay(services.Clock.GetUtcNow(), current.FirstOrDefault(s => s.Wants(type))?.Id);
        services.Audit.Record("replay", FeedsApi.AuditResource, id.ToString(), "status");
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Ok(DeliveryResponse.From(await RowAsync(services, id, ct), withAttempts: true));
    }

    private static async Task<DeliveryRow> RowAsync(PublicationServices services, Guid id, CancellationToken ct) =>
        await services.Db.FeedDeliveries.AsNoTracking().Where(d => d.Id == id)
            .Join(services.Db.FeedItems, d => d.FeedItemId, i => i.Id, (d, i) => new DeliveryRow(d, i.Type, i.Subject))
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Delivery", id);
}
