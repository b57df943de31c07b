using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// A national body's push endpoint, which operators manage: events of the listed types (all, when
/// none are listed) are posted there, signed with the subscription's secret.
/// </summary>
public sealed class FeedSubscription
{
    public Guid Id { get; init; }

    public required string Recipient { get; init; }

    public required string Endpoint { get; init; }

    /// <summary>The Standard Webhooks signing secret (<c>whsec_</c> and base64): shown once, when the subscription is made.</summary>
    public required string Secret { get; set; }

    /// <summary>Declared by the deployment's configuration rather than made by an operator: kept in step with it on every start.</summary>
    public bool Declared { get; init; }

    public List<string> EventTypes { get; set; } = [];

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public static FeedSubscription Create(string recipient, string endpoint, IEnumerable<string>? eventTypes, string? secret, bool allowInsecure, string by,
        TimeProvider clock, bool declared = false)
    {
        Valid(FeedEndpoints.Acceptable(endpoint, allowInsecure), "endpoint",
            allowInsecure ? "endpoint is an absolute http or https URL." : "endpoint is an absolute https URL on a public host.");
        return new FeedSubscription
        {
            Id = Guid.CreateVersion7(), Recipient = recipient, Endpoint = endpoint, EventTypes = [.. eventTypes ?? []], Secret = secret ?? FeedSecrets.New(),
            CreatedAt = clock.GetUtcNow(), CreatedBy = by, Declared = declared,
        };
    }

    public bool Wants(string type) => Active && (EventTypes.Count == 0 || EventTypes.Contains(type));
}
