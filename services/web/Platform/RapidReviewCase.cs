namespace Safeguarding.Web.Platform;

/// <summary>A rapid review with what it has recorded, as far as the person's role may see it (the read is on the review's audit trail).</summary>
public sealed record RapidReviewCase(Guid Id, Guid NotificationId, string LocalAuthority, string Nature, DateOnly NotifiedOn, DateOnly DueOn,
    string Status, DateOnly? ClosedOn, string? ClosedBecause, IReadOnlyList<Milestone> Milestones,
    IReadOnlyList<ContributionRequestRow> ContributionRequests, IReadOnlyList<ReceivedContribution> Contributions, HeldMeeting? Meeting,
    ChairRecommendation? Recommendation, ChairDecision? Decision, PanelSubmission? Submission, PanelAnswer? PanelResponse)
{
    public bool IsOpen => Status is not ("closed" or "completed");
}
