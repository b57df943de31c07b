using Grpc.Core;
using Microsoft.Extensions.Options;
using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Contracts.Reviews.V1;
using Safeguarding.Messaging;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// Every platform event that leaves the partnership, turned into the national bodies' feed items
/// by <see cref="FeedMinimisation"/>. A notification's form is read from the notification service,
/// and a submitted rapid review's report from the rapid-review service (audited reads); while either
/// is unavailable the event waits to be tried again.
/// </summary>
public sealed class FeedEventHandlers(FeedWriter feeds, NotificationQueries.NotificationQueriesClient notifications, ReviewQueries.ReviewQueriesClient reviews,
    IOptions<FeedOptions> options, ILogger<FeedEventHandlers> logger) :
    IIntegrationEventHandler<SeriousIncidentNotifiedIntegrationEvent>,
    IIntegrationEventHandler<NotificationAmendedIntegrationEvent>,
    IIntegrationEventHandler<NotificationWithdrawnIntegrationEvent>,
    IIntegrationEventHandler<RapidReviewSubmittedIntegrationEvent>,
    IIntegrationEventHandler<RapidReviewDecidedIntegrationEvent>,
    IIntegrationEventHandler<FinalReportSentIntegrationEvent>,
    IIntegrationEventHandler<ReviewPublishedIntegrationEvent>,
    IIntegrationEventHandler<PublicationDelayedIntegrationEvent>,
    IIntegrationEventHandler<DecisionNotToPublishIntegrationEvent>
{
    public async Task HandleAsync(SeriousIncidentNotifiedIntegrationEvent e, IntegrationEventContext context, CancellationToken ct)
    {
        if (await FormAsync(e.NotificationId, ct) is { } form)
        {
            await feeds.WriteAsync(FeedMinimisation.NotificationMade(form), e.Subject, form.Details.Partnership, context, ct);
        }
    }

    public async Task HandleAsync(NotificationAmendedIntegrationEvent e, IntegrationEventContext context, CancellationToken ct)
    {
        if (await FormAsync(e.NotificationId, ct) is { } form)
        {
            await feeds.WriteAsync(FeedMinimisation.NotificationAmended(form, e), e.Subject, form.Details.Partnership, context, ct);
        }
    }

    public async Task HandleAsync(NotificationWithdrawnIntegrationEvent e, IntegrationEventContext context, CancellationToken ct)
    {
        if (await KnownAsync(e.NotificationId, () => notifications.GetNotificationAsync(Request(e.NotificationId), cancellationToken: ct).ResponseAsync) is { } details)
        {
            await feeds.WriteAsync(FeedMinimisation.NotificationWithdrawn(details, e), e.Subject, details.Partnership, context, ct);
        }
    }

    /// <summary>The report goes with the submission: read from the rapid-review service (an audited read), waiting while it is unavailable.</summary>
    public async Task HandleAsync(RapidReviewSubmittedIntegrationEvent e, IntegrationEventContext context, CancellationToken ct)
    {
        var report = await reviews.GetRapidReviewReportAsync(new GetRapidReviewReportRequest { RapidReviewId = e.RapidReviewId.ToString() }, cancellationToken: ct);
        await feeds.WriteAsync(FeedMinimisation.RapidReviewSubmitted(e, report), e.Subject, e.Partnership, context, ct);
    }

    public Task HandleAsync(RapidReviewDecidedIntegrationEvent e, IntegrationEventContext context, CancellationToken ct) =>
        feeds.WriteAsync(FeedMinimisation.RapidReviewDecided(e), e.Subject, e.Partnership, context, ct);

    public Task HandleAsync(FinalReportSentIntegrationEvent e, IntegrationEventContext context, CancellationToken ct) =>
        feeds.WriteAsync(FeedMinimisation.FinalReportSent(e, recipient => options.Value.Link($"/feeds/{recipient}/reports/{e.PublicationId}/{e.Version}")),
            e.Subject, e.Partnership, context, ct);

    public Task HandleAsync(ReviewPublishedIntegrationEvent e, IntegrationEventContext context, CancellationToken ct) =>
        feeds.WriteAsync(FeedMinimisation.ReviewPublished(e, options.Value.Link($"/register/{e.Partnership}/{e.PublicationId}/report")),
            e.Subject, e.Partnership, context, ct);

    public Task HandleAsync(PublicationDelayedIntegrationEvent e, IntegrationEventContext context, CancellationToken ct) =>
        feeds.WriteAsync(FeedMinimisation.PublicationDelayed(e), e.Subject, e.Partnership, context, ct);

    public Task HandleAsync(DecisionNotToPublishIntegrationEvent e, IntegrationEventContext context, CancellationToken ct) =>
        feeds.WriteAsync(FeedMinimisation.DecisionNotToPublish(e), e.Subject, e.Partnership, context, ct);

    private Task<NationalNotification?> FormAsync(Guid id, CancellationToken ct) =>
        KnownAsync(id, () => notifications.GetNationalNotificationAsync(Request(id), cancellationToken: ct).ResponseAsync);

    private async Task<T?> KnownAsync<T>(Guid notificationId, Func<Task<T>> read) where T : class
    {
        try
        {
            return await read();
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            logger.LogWarning("Notification {NotificationId} is unknown to the notification service: nothing goes on the feeds for it", notificationId);
            return null;
        }
    }

    private static GetNotificationRequest Request(Guid id) => new() { NotificationId = id.ToString() };
}
