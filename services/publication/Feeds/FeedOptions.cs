namespace Safeguarding.Publication.Api.Feeds;

/// <summary>The outbound feeds' settings (section <c>Feeds</c>).</summary>
public sealed class FeedOptions
{
    /// <summary>The platform's public address (the gateway's), from which feed links are made; by default the token issuer's.</summary>
    public string? PublicAddress { get; set; }

    /// <summary>How often the dispatcher looks for pushes that are due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one push may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public RetrySchedule Retry { get; set; } = new();

    /// <summary>Plain-HTTP and loopback endpoints are refused unless this is set (development stand-ins only).</summary>
    public bool AllowInsecureEndpoints { get; set; }

    /// <summary>Subscriptions the deployment declares, made on start when missing (recipient, endpoint, secret, event types).</summary>
    public List<DeclaredSubscription> Subscriptions { get; set; } = [];

    public string Link(string path) => (PublicAddress ?? "http://localhost/").TrimEnd('/') + path;
}
