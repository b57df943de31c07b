namespace Safeguarding.RapidReview.Api.Model;

/// <summary>The rapid review meeting and which of the three safeguarding partners attended.</summary>
public sealed class RapidReviewMeeting
{
    public DateOnly HeldOn { get; set; }

    public bool LocalAuthorityAttended { get; set; }

    public bool PoliceAttended { get; set; }

    public bool HealthAttended { get; set; }

    public required string RecordedBy { get; set; }
}
