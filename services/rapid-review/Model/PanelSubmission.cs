namespace Safeguarding.RapidReview.Api.Model;

/// <summary>The rapid review as sent to the national panel.</summary>
public sealed class PanelSubmission
{
    public DateOnly SubmittedOn { get; set; }

    /// <summary>Within 15 working days of the notification.</summary>
    public bool OnTime { get; set; }

    /// <summary>Why a late rapid review was late (scrutiny asks for the reasons).</summary>
    public string? DelayReason { get; set; }

    public required string SubmittedBy { get; set; }
}
