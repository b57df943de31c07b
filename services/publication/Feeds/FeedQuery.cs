using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>Where to read from (the <c>next</c> of the page before; from the start when absent) and how many items at most.</summary>
public sealed record FeedQuery : IValidatableObject
{
    [StringLength(60)]
    public string? After { get; init; }

    [Range(1, 500)]
    public int? Limit { get; init; }

    public FeedCursor Cursor => FeedCursor.TryParse(After, out var cursor) ? cursor : FeedCursor.Start;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!FeedCursor.TryParse(After, out _))
        {
            yield return new ValidationResult("after is a cursor from the feed (the next of a page), such as 1234-56.", [nameof(After)]);
        }
    }
}
