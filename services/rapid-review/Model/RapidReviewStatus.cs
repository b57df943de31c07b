namespace Safeguarding.RapidReview.Api.Model;

public enum RapidReviewStatus
{
    Open,

    /// <summary>The independent chair has decided what kind of review to hold.</summary>
    Decided,

    /// <summary>Sent to the national panel; awaiting its response.</summary>
    SubmittedToPanel,

    /// <summary>The national panel has responded: the rapid review is complete.</summary>
    Completed,

    /// <summary>Ended without a decision: the notification was withdrawn (the case did not meet the criteria).</summary>
    Closed,
}
