using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Contracts;
using Safeguarding.Messaging.Inbox;

namespace Safeguarding.Messaging;

public sealed class EventBusBuilder<TContext>(IServiceCollection services) where TContext : DbContext
{
    private readonly Subscriptions _subscriptions = RegisterSubscriptions(services);

    public IServiceCollection Services { get; } = services;

    /// <summary>Consumes <typeparamref name="TEvent"/> with <typeparamref name="THandler"/>.</summary>
    public EventBusBuilder<TContext> AddSubscription<TEvent, THandler>()
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        var subscription = Subscription.For<TEvent, THandler>();
        if (_subscriptions.ByType.Count == 0)
        {
            Services.AddHostedService<IntegrationEventConsumer<TContext>>();
        }

        _subscriptions.ByType[subscription.Type] = subscription;
        Services.AddScoped<THandler>();
        return this;
    }

    private static Subscriptions RegisterSubscriptions(IServiceCollection services)
    {
        var subscriptions = new Subscriptions();
        services.AddSingleton(subscriptions);
        return subscriptions;
    }
}
