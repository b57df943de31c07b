using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Safeguarding.Messaging.DeadLetters;
using Safeguarding.Messaging.Outbox;

namespace Safeguarding.Messaging;

public static class EventBusExtensions
{
    /// <summary>
    /// Adds the event bus for a service whose outbox and inbox live in <typeparamref name="TContext"/>:
    /// the outbox relay always, the consumer once a subscription is added. Needs
    /// <c>AddMessagingClient</c> from the service defaults.
    /// </summary>
    public static EventBusBuilder<TContext> AddEventBus<TContext>(this IHostApplicationBuilder builder, string serviceName,
        Action<EventBusOptions>? configure = null)
        where TContext : DbContext
    {
        // Settings from the EventBus section (EventBus__WaitInPlace, ...), then the service's own.
        builder.Services.Configure<EventBusOptions>(builder.Configuration.GetSection("EventBus"));
        builder.Services.Configure<EventBusOptions>(options =>
        {
            options.ServiceName = serviceName;
            configure?.Invoke(options);
        });
        builder.Services.TryAddSingleton(TimeProvider.System);
        // Events raised by aggregates go to the outbox whenever the context saves them.
        builder.Services.ConfigureDbContext<TContext>(options => options.AddInterceptors(RaisedEventsInterceptor.Instance));
        builder.Services.AddHostedService<OutboxRelay<TContext>>();
        builder.Services.AddSingleton<IDeadLetters, RabbitMqDeadLetters>();
        builder.Services.AddGaugeSampler<MessagingGauges<TContext>>();
        return new EventBusBuilder<TContext>(builder.Services);
    }
}
