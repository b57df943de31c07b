using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Model;

/// <summary>
/// The partnership's rapid review of a notified serious incident: due within 15 working days of the
/// notification, with the milestones the partnership works to.
/// </summary>
public sealed class RapidReview
{
    public Guid Id { get; init; }

    public Guid NotificationId { get; init; }

    public required string Partnership { get; init; }

    public required string LocalAuthority { get; init; }

    public required string Nature { get; init; }

    public DateOnly NotifiedOn { get; init; }

    public DateOnly DueOn { get; init; }

    public RapidReviewStatus Status { get; set; }

    public DateTimeOffset OpenedAt { get; init; }

    /// <summary>The referral the notification followed, when it followed one.</summary>
    public Guid? ReferralId { get; init; }

    /// <summary>Opened by a retrospective notification: the case had earlier been decided not to be notified.</summary>
    public bool Retrospective { get; init; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>Why the review ended early, e.g. notification-withdrawn.</summary>
    public string? ClosedBecause { get; set; }

    public List<RapidReviewMilestone> Milestones { get; init; } = [];

    public List<AgencyContribution> Contributions { get; set; } = [];

    public RapidReviewMeeting? Meeting { get; set; }

    public Recommendation? Recommendation { get; set; }

    public ReviewDecision? Decision { get; set; }

    public PanelSubmission? Submission { get; set; }

    public PanelResponse? PanelResponse { get; set; }

    public uint Version { get; set; }

    public static RapidReview Open(Guid notificationId, string partnership, string localAuthority, string nature, DateOnly notifiedOn,
        WorkingDayCalendar calendar, DateTimeOffset now, Guid? referralId = null, bool retrospective = false,
        IReadOnlyDictionary<string, int>? schedule = null) => new()
    {
        Id = Guid.CreateVersion7(),
        NotificationId = notificationId,
        ReferralId = referralId,
        Retrospective = retrospective,
        Partnership = partnership,
        LocalAuthority = localAuthority,
        Nature = nature,
        NotifiedOn = notifiedOn,
        DueOn = calendar.RapidReviewDue(notifiedOn),
        Status = RapidReviewStatus.Open,
        OpenedAt = now,
        Milestones = calendar.RapidReviewMilestones(notifiedOn, schedule)
            .Select(m => new RapidReviewMilestone { Day = m.Day, Code = m.Code, Description = m.Description, DueOn = m.DueOn })
            .ToList(),
    };

    /// <summary>Closes an open review because its notification was withdrawn; false when it was not open.</summary>
    public bool CloseForWithdrawal(DateOnly withdrawnOn)
    {
        if (Status != RapidReviewStatus.Open)
        {
            return false;
        }

        Status = RapidReviewStatus.Closed;
        ClosedOn = withdrawnOn;
        ClosedBecause = "notification-withdrawn";
        return true;
    }

    /// <summary>Marks a milestone done (once); returns false when it already was.</summary>
    public bool CompleteMilestone(string code, DateTimeOffset at)
    {
        if (Milestones.FirstOrDefault(m => m.Code == code) is not { CompletedAt: null } milestone)
        {
            return false;
        }

        milestone.CompletedAt = at;
        return true;
    }
}
