using Safeguarding.Contracts;

namespace Safeguarding.Messaging;

public sealed record RaisedEvent(IIntegrationEvent Event, Type Type, DateTimeOffset OccurredAt);
