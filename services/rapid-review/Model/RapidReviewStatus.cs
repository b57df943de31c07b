namespace Safeguarding.RapidReview.Api.Model;

public enum RapidReviewStatus
{
    Open,

    /// <summary>Ended without a decision: the notification was withdrawn (the case did not meet the criteria).</summary>
    Closed,
}
