namespace Safeguarding.Publication.Api.Feeds;

/// <summary>A subscription the deployment declares (<c>Feeds:Subscriptions:N</c>): recipient, endpoint, secret, event types.</summary>
public sealed class DeclaredSubscription
{
    public string Recipient { get; set; } = "";

    public string Endpoint { get; set; } = "";

    public string Secret { get; set; } = "";

    public List<string> EventTypes { get; set; } = [];
}
