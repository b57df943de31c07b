namespace Safeguarding.Web.Platform;

/// <summary>A rapid review as the platform lists it: where it stands and its dates, no case detail.</summary>
public sealed record RapidReviewRow(Guid Id, Guid NotificationId, string LocalAuthority, string Nature, DateOnly NotifiedOn, DateOnly DueOn,
    string Status, DateOnly? ClosedOn, string? ClosedBecause, int Contributions, string? DecidedOutcome, DateOnly? DecidedOn,
    IReadOnlyList<Milestone> Milestones)
{
    public bool IsOpen => Status is not ("closed" or "completed");
}
