using Safeguarding.Contracts;

namespace Safeguarding.Messaging;

/// <summary>
/// Reacts to an integration event. A handler changes the service's DbContext but does not save it:
/// the consumer saves the handler's changes together with the inbox record in one transaction, and
/// only then acknowledges the message.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent @event, IntegrationEventContext context, CancellationToken cancellationToken);
}
