using System.Reflection;
using Safeguarding.Contracts;

namespace Safeguarding.Messaging;

/// <summary>The stable wire name of every integration event type, read from its attribute.</summary>
public static class IntegrationEventTypes
{
    private static readonly Dictionary<Type, string> NamesByType = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<IntegrationEventAttribute>() is not null)
        .ToDictionary(t => t, t => t.GetCustomAttribute<IntegrationEventAttribute>()!.Type);

    public static string NameOf(Type type) =>
        NamesByType.TryGetValue(type, out var name)
            ? name
            : type.GetCustomAttribute<IntegrationEventAttribute>()?.Type
              ?? throw new InvalidOperationException($"{type.Name} has no [IntegrationEvent] name.");

    public static string NameOf<TEvent>() where TEvent : IIntegrationEvent => NameOf(typeof(TEvent));
}
