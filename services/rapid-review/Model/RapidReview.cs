using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using static Safeguarding.RapidReview.Api.Model.Dates;
using static Safeguarding.ServiceDefaults.Domain.Rules;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Model;

/// <summary>
/// The partnership's rapid review of a notified serious incident, due within 15 working days of the
/// notification. It owns its steps, in the order DOMAIN.md step 3 gives them: agencies contribute,
/// the meeting is held, the business manager recommends, the independent chair decides (and the
/// decision is communicated), the review goes to the national panel, and the panel responds.
/// </summary>
public sealed partial class RapidReview : Aggregate
{
    /// <summary>The one milestone no step completes: the business unit telling the chairs (Day 1).</summary>
    public const string ManualMilestone = "chairs-informed";

    public Guid Id { get; init; }

    public Guid NotificationId { get; init; }

    public required string Partnership { get; init; }

    public required string LocalAuthority { get; init; }

    public required string Nature { get; init; }

    public DateOnly NotifiedOn { get; init; }

    public DateOnly DueOn { get; init; }

    public RapidReviewStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; init; }

    /// <summary>The referral the notification followed, when it followed one.</summary>
    public Guid? ReferralId { get; init; }

    /// <summary>Opened by a retrospective notification: the case had earlier been decided not to be notified.</summary>
    public bool Retrospective { get; init; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>Why the review ended early, e.g. notification-withdrawn.</summary>
    public string? ClosedBecause { get; private set; }

    public List<RapidReviewMilestone> Milestones { get; init; } = [];

    public RapidReviewMeeting? Meeting { get; private set; }

    /// <summary>The meeting as planned, its invitations and papers (see <see cref="Model.MeetingPlan"/>).</summary>
    public MeetingPlan? MeetingPlan { get; private set; }

    public Recommendation? Recommendation { get; private set; }

    public ReviewDecision? Decision { get; private set; }

    public PanelSubmission? Submission { get; private set; }

    public PanelResponse? PanelResponse { get; private set; }

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

    public bool HasMilestone(string code) => Milestones.Any(m => m.Code == code);

    /// <summary>Marks done the milestone no step completes (the chairs being informed).</summary>
    public void CompleteMilestoneByHand(string code, TimeProvider clock)
    {
        EnsureNotClosed();
        Allowed(code == ManualMilestone, $"The milestone {code} is completed by recording the step it stands for.");
        Allowed(CompleteMilestone(code, clock.GetUtcNow()), $"The milestone {code} is already completed.");
    }

    /// <summary>Plans the meeting and invites the partners, until it is held: the latest date and venue win.</summary>
    public IReadOnlyList<MeetingInvitation> InviteToMeeting(DateOnly meetsOn, TimeOnly? startsAt, string venue, IReadOnlyList<Invitee> invitees, string invitedBy, TimeProvider clock)
    {
        EnsureNotClosed();
        Allowed(Meeting is null, "The rapid review meeting is recorded (a decision follows it): invitations are closed.");
        Valid(meetsOn >= NotifiedOn, "meetsOn", "meetsOn cannot be before the notification.");
        Valid(meetsOn <= DueOn.AddDays(MeetingPlan.DaysAfterDue), "meetsOn", $"meetsOn cannot be more than {MeetingPlan.DaysAfterDue} days after the review is due ({DueOn:yyyy-MM-dd}).");
        var invited = (MeetingPlan ??= new MeetingPlan { Venue = venue }).Plan(meetsOn, startsAt, venue, invitees, invitedBy, clock.GetUtcNow());
        Raise(new RapidReviewMeetingInvitationsSentIntegrationEvent(Id, Partnership, meetsOn, startsAt, MeetingPlan.Venue, MeetingPlan.InvitedAgencies()), clock.GetUtcNow());
        return invited;
    }

    /// <summary>A paper for the meeting's invitees, once they are invited and until the chair decides.</summary>
    public MeetingPaper ShareMeetingPaper(MeetingPaper paper)
    {
        EnsureNotClosed();
        Allowed(Decision is null, "The chair has decided: the meeting's papers are closed.");
        Allowed(MeetingPlan is not null, "Invite the partners to the meeting before sharing its papers.");
        return MeetingPlan!.Share(paper);
    }

    public void RecordMeeting(DateOnly heldOn, bool localAuthority, bool police, bool health, string recordedBy, TimeProvider clock,
        IReadOnlyList<InviteeAttendance>? invitees = null)
    {
        EnsureNotClosed();
        NotInFuture("heldOn", heldOn, clock);
        Valid(heldOn >= NotifiedOn, "heldOn", "heldOn cannot be before the notification.");
        Allowed(Meeting is null, "The rapid review meeting is already recorded.");
        MeetingPlan.RecordAttendance(MeetingPlan, invitees ?? [], localAuthority, police, health);
        Meeting = new RapidReviewMeeting
        {
            HeldOn = heldOn, LocalAuthorityAttended = localAuthority, PoliceAttended = police, HealthAttended = health, RecordedBy = recordedBy,
        };
        CompleteMilestone("rapid-review-meeting", clock.GetUtcNow());
    }

    /// <summary>The business manager's recommendation to the chair, after the meeting.</summary>
    public void Recommend(Recommendation recommendation, TimeProvider clock)
    {
        EnsureNotClosed();
        Allowed(Meeting is not null, "The recommendation follows the rapid review meeting: record the meeting first.");
        Allowed(Recommendation is null, "The recommendation is already submitted.");
        recommendation.SubmittedOn = clock.Today();
        Recommendation = recommendation;
        CompleteMilestone("recommendation-submitted", clock.GetUtcNow());
    }

    /// <summary>The chair's decision, once, on the recommendation; any outcome but no further action starts the review that follows.</summary>
    public CaseReview? Decide(string outcome, string rationale, string decidedBy, TimeProvider clock)
    {
        EnsureNotClosed();
        Allowed(Recommendation is not null, "The chair decides on the business manager's recommendation: it has not been submitted.");
        Allowed(Decision is null, $"The chair decided on {Decision?.DecidedOn:yyyy-MM-dd}; a decision is made once.");
        Decision = new ReviewDecision { Outcome = outcome, Rationale = rationale, DecidedOn = clock.Today(), DecidedBy = decidedBy };
        Status = RapidReviewStatus.Decided;
        var follow = outcome == ReviewOutcomes.NoFurtherAction ? null : CaseReview.Follow(this, Decision);
        Raise(new RapidReviewDecidedIntegrationEvent(Id, NotificationId, Partnership, LocalAuthority, outcome, Decision.DecidedOn,
            Recommendation!.LearningThemes ?? [], follow?.Id), clock.GetUtcNow());
        return follow;
    }

    /// <summary>When the decision reached the family, the review group or the referrer.</summary>
    public void RecordCommunication(string audience, DateOnly communicatedOn, TimeProvider clock)
    {
        EnsureNotClosed();
        NotInFuture("communicatedOn", communicatedOn, clock);
        Allowed(Decision is not null, "There is no decision to communicate yet.");
        Valid(communicatedOn >= Decision!.DecidedOn, "communicatedOn", "communicatedOn cannot be before the decision.");
        switch (audience)
        {
            case "family": Decision.CommunicatedToFamilyOn = communicatedOn; break;
            case "review-group": Decision.CommunicatedToReviewGroupOn = communicatedOn; break;
            default: Decision.CommunicatedToReferrerOn = communicatedOn; break;
        }

        if (Decision is { CommunicatedToReviewGroupOn: not null, CommunicatedToReferrerOn: not null })
        {
            CompleteMilestone("decision-communicated", clock.GetUtcNow());
        }
    }

    /// <summary>Sends the rapid review, with the chair's decision, to the national panel; a late one says why.</summary>
    public void SubmitToPanel(DateOnly? submittedOn, string? delayReason, string submittedBy, TimeProvider clock)
    {
        EnsureNotClosed();
        var on = submittedOn ?? clock.Today();
        NotInFuture("submittedOn", on, clock);
        Valid(on <= DueOn || delayReason is not null, "delayReason", $"The rapid review was due by {DueOn:yyyy-MM-dd}: delayReason must say why it is late.");
        Allowed(Decision is not null, "The rapid review goes to the national panel with the chair's decision: there is none yet.");
        Allowed(Submission is null, $"The rapid review was submitted on {Submission?.SubmittedOn:yyyy-MM-dd}.");
        Submission = new PanelSubmission { SubmittedOn = on, OnTime = on <= DueOn, SubmittedBy = submittedBy, DelayReason = on > DueOn ? delayReason : null };
        Status = RapidReviewStatus.SubmittedToPanel;
        CompleteMilestone("chair-decision", clock.GetUtcNow());
        Raise(new RapidReviewSubmittedIntegrationEvent(Id, NotificationId, Partnership, LocalAuthority, NotifiedOn, DueOn, on, Submission.OnTime,
            Submission.DelayReason, Decision!.Outcome, Decision.DecidedOn, Recommendation!.LearningThemes ?? []), clock.GetUtcNow());
    }

    /// <summary>The national panel's response, which completes the rapid review.</summary>
    public void RecordPanelResponse(string response, string? comments, TimeProvider clock)
    {
        EnsureNotClosed();
        Allowed(Submission is not null, "The national panel responds to a submitted rapid review: it has not been submitted.");
        Allowed(PanelResponse is null, "The national panel has already responded.");
        PanelResponse = new PanelResponse { Response = response, Comments = comments, RespondedOn = clock.Today() };
        Status = RapidReviewStatus.Completed;
    }

    /// <summary>
    /// Closes the review because its notification was withdrawn (the case did not meet the criteria
    /// after all), at any stage before the national panel's response, the chair's decision
    /// included; false when it was already closed or complete. A review the chair started stays:
    /// the partnership may still learn from the case.
    /// </summary>
    public bool CloseForWithdrawal(DateOnly withdrawnOn)
    {
        if (Status is RapidReviewStatus.Closed or RapidReviewStatus.Completed)
        {
            return false;
        }

        Status = RapidReviewStatus.Closed;
        ClosedOn = withdrawnOn;
        ClosedBecause = "notification-withdrawn";
        return true;
    }

    private bool CompleteMilestone(string code, DateTimeOffset at)
    {
        if (Milestones.FirstOrDefault(m => m.Code == code) is not { CompletedAt: null } milestone)
        {
            return false;
        }

        milestone.CompletedAt = at;
        return true;
    }

    private void EnsureNotClosed() =>
        Allowed(Status != RapidReviewStatus.Closed, $"The rapid review is closed: it closed on {ClosedOn:yyyy-MM-dd} ({ClosedBecause}).");
}
