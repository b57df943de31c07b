using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Safeguarding.Messaging.DeadLetters;
using Safeguarding.Messaging.Outbox;

namespace Safeguarding.Messaging;

/// <summary>The event bus's backlogs as operators watch them: events not yet published, and dead letters.</summary>
internal sealed class MessagingGauges<TContext> : IGaugeSampler where TContext : DbContext
{
    private static readonly SampledGauge OutboxBacklog = new("safeguarding.messaging.outbox.backlog",
        "Events saved in the outbox and not yet published to the broker", "{event}");

    private static readonly SampledGauge DeadLetterDepth = new("safeguarding.messaging.dead_letters",
        "Events in the service's dead-letter queue, waiting for an operator", "{event}");

    public async Task SampleAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<TContext>();
        OutboxBacklog.Set(await db.Set<OutboxMessage>().LongCountAsync(m => m.PublishedAt == null, cancellationToken));
        DeadLetterDepth.Set(await services.GetRequiredService<IDeadLetters>().CountAsync(cancellationToken));
    }

    public void Forget()
    {
        OutboxBacklog.Forget();
        DeadLetterDepth.Forget();
    }
}
