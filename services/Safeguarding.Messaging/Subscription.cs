using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts;

namespace Safeguarding.Messaging;

/// <summary>An event type a service consumes, and how to hand its data to the handler.</summary>
internal sealed record Subscription(string Type, Func<IServiceProvider, JsonElement, IntegrationEventContext, CancellationToken, Task> Dispatch)
{
    public static Subscription For<TEvent, THandler>()
        where TEvent : IIntegrationEvent
        where THandler : IIntegrationEventHandler<TEvent> =>
        new(IntegrationEventTypes.NameOf<TEvent>(), async (services, data, context, ct) =>
        {
            var @event = data.Deserialize<TEvent>(DbContextExtensions.JsonOptions)
                         ?? throw new JsonException($"Event {context.EventId} has no data.");
            await services.GetRequiredService<THandler>().HandleAsync(@event, context, ct);
        });
}
