namespace Safeguarding.Messaging;

internal sealed class Subscriptions
{
    public Dictionary<string, Subscription> ByType { get; } = new(StringComparer.Ordinal);
}
