using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguarding.Publication.Api.Apis;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>Operators manage the national bodies' push subscriptions: the secret is shown once, when the subscription is made.</summary>
public static class FeedSubscriptionsApi
{
    public static IEndpointRouteBuilder MapFeedSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/feeds/subscriptions").WithTags("Feeds").RequireAuthorization(Policies.Operate);
        api.MapPost("", CreateAsync).WithName("CreateFeedSubscription")
            .WithSummary("Subscribe a national body's endpoint (recipient, endpoint, eventTypes, secret): the answer carries the signing secret, once");
        api.MapGet("", ListAsync).WithName("ListFeedSubscriptions").WithSummary("Every push subscription, without its secret");
        api.MapDelete("/{id:guid}", RemoveAsync).WithName("RemoveFeedSubscription")
            .WithSummary("Stop pushing to a subscription: its undelivered pushes are dead-lettered; the pull feed is unaffected");
        return app;
    }

    public static async Task<Created<SubscriptionCreated>> CreateAsync(SubscriptionRequest request, [FromServices] PublicationServices services,
        [FromServices] IOptions<FeedOptions> options, CancellationToken ct)
    {
        var subscription = FeedSubscription.Create(request.Recipient, request.Endpoint, request.EventTypes, request.Secret, options.Value.AllowInsecureEndpoints,
            services.Caller, services.Clock);
        services.Db.FeedSubscriptions.Add(subscription);
        services.Audit.Record("subscribe", FeedsApi.AuditResource, subscription.Id.ToString(), "recipient", "endpoint", "eventTypes");
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/feeds/subscriptions/{subscription.Id}", new SubscriptionCreated(SubscriptionResponse.From(subscription), subscription.Secret));
    }

    public static async Task<Ok<List<SubscriptionResponse>>> ListAsync([FromServices] PublicationServices services, CancellationToken ct) =>
        TypedResults.Ok((await services.Db.FeedSubscriptions.AsNoTracking().OrderBy(s => s.Recipient).ThenBy(s => s.CreatedAt).ToListAsync(ct))
            .Select(SubscriptionResponse.From).ToList());

    public static async Task<NoContent> RemoveAsync(Guid id, [FromServices] PublicationServices services, CancellationToken ct)
    {
        var subscription = await services.Db.FeedSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("Subscription", id);
        subscription.Active = false;
        services.Audit.Record("unsubscribe", FeedsApi.AuditResource, id.ToString(), "active");
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
