namespace Safeguarding.RapidReview.Api.Model;

/// <summary>
/// The business unit's request to a named agency for its contribution, due by a working day of the
/// rapid review's schedule; reminded before it is due, escalated to the business manager once overdue,
/// and met by the agency's contribution.
/// </summary>
public sealed class ContributionRequest
{
    public Guid Id { get; init; }

    /// <summary>The agency asked, as its people's and systems' tokens name it.</summary>
    public required string Agency { get; init; }

    /// <summary>local-authority, police, health or relevant-agency.</summary>
    public required string AgencyType { get; init; }

    /// <summary>The working day of the schedule the contribution is due by.</summary>
    public int DueDay { get; init; }

    public DateOnly DueOn { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public required string RequestedBy { get; init; }

    public DateTimeOffset? RemindedAt { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }

    public DateTimeOffset? ReceivedAt { get; set; }

    public Guid? ContributionId { get; set; }

    public bool IsOverdueOn(DateOnly today) => ReceivedAt is null && today > DueOn;

    /// <summary>requested, overdue or received.</summary>
    public string StatusOn(DateOnly today) => ReceivedAt is not null ? ContributionRequestStatus.Received
        : today > DueOn ? ContributionRequestStatus.Overdue
        : ContributionRequestStatus.Requested;
}
