namespace Safeguarding.RapidReview.Api.Model;

/// <summary>The independent chair's decision on what kind of review to hold, and when it was communicated.</summary>
public sealed class ReviewDecision
{
    public required string Outcome { get; set; }

    public required string Rationale { get; set; }

    public DateOnly DecidedOn { get; set; }

    public required string DecidedBy { get; set; }

    public DateOnly? CommunicatedToFamilyOn { get; set; }

    public DateOnly? CommunicatedToReviewGroupOn { get; set; }

    public DateOnly? CommunicatedToReferrerOn { get; set; }
}
