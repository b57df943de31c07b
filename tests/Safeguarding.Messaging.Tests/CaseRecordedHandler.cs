using System.Diagnostics;

namespace Safeguarding.Messaging.Tests;

public sealed class CaseRecordedHandler(TestDbContext db, HandlerBehaviour behaviour) : IIntegrationEventHandler<CaseRecordedIntegrationEvent>
{
    public async Task HandleAsync(CaseRecordedIntegrationEvent @event, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var delivery = Interlocked.Increment(ref behaviour.Deliveries);
        behaviour.LastAttempt = context.DeliveryAttempt;
        if (behaviour.OnCase is { } onCase)
        {
            await onCase(@event.Reference);
        }

        if (behaviour.OnDelivery is { } hook)
        {
            await hook(delivery, cancellationToken);
        }

        behaviour.Handled.Enqueue(@event.Reference);

        db.Handled.Add(new HandledEvent { EventId = context.EventId, CaseId = @event.CaseId, TraceId = Activity.Current?.TraceId.ToString() });
    }
}
