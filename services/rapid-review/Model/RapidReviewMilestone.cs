namespace Safeguarding.RapidReview.Api.Model;

/// <summary>A step of the rapid review, due a set number of working days after the notification.</summary>
public sealed class RapidReviewMilestone
{
    public int Day { get; init; }

    public required string Code { get; init; }

    public required string Description { get; init; }

    public DateOnly DueOn { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }
}
