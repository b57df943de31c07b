using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>
/// A push subscription: the national body, its HTTPS endpoint, the event types it wants (every type
/// its feed carries when none are listed), and optionally the signing secret (<c>whsec_</c> and
/// base64 of 24 to 64 bytes; made afresh when absent).
/// </summary>
public sealed record SubscriptionRequest : IValidatableObject
{
    [Required, StringLength(40)]
    public string Recipient { get; init; } = "";

    [Required, StringLength(2000)]
    public string Endpoint { get; init; } = "";

    [MaxLength(20)]
    public List<string>? EventTypes { get; init; }

    [StringLength(120)]
    public string? Secret { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!FeedRecipients.All.Contains(Recipient))
        {
            yield return new ValidationResult($"recipient is one of: {string.Join(", ", FeedRecipients.All)}.", [nameof(Recipient)]);
        }

        for (var i = 0; i < (EventTypes?.Count ?? 0); i++)
        {
            if (!FeedTypes.All.Contains(EventTypes![i]))
            {
                yield return new ValidationResult($"eventTypes[{i}] is one of: {string.Join(", ", FeedTypes.All)}.", [$"{nameof(EventTypes)}[{i}]"]);
            }
        }

        if (Secret is not null && !FeedSecrets.Valid(Secret))
        {
            yield return new ValidationResult("secret is whsec_ followed by the base64 of 24 to 64 random bytes.", [nameof(Secret)]);
        }
    }
}
