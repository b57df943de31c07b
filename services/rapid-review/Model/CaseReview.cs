using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.Statutory;
using static Safeguarding.RapidReview.Api.Model.Dates;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.RapidReview.Api.Model;

/// <summary>
/// The review the chair decided on (any outcome but no further action), tracked from the
/// reviewer's appointment to the partnership's acceptance of the report. Expected to complete
/// within 6 months of the decision; parallel proceedings and recorded slippage move the expected
/// date. Once the report is accepted the review is complete and nothing more is recorded on it.
/// </summary>
public sealed partial class CaseReview : Aggregate
{
    /// <summary>However many proceedings run alongside, the expected completion moves at most this far.</summary>
    public const int MaxTotalDelayDays = 5 * 366;

    public Guid Id { get; init; }

    public Guid RapidReviewId { get; init; }

    /// <summary>The notification the review follows from (unknown for reviews opened before it was kept).</summary>
    public Guid? NotificationId { get; init; }

    public required string Partnership { get; init; }

    public required string LocalAuthority { get; init; }

    /// <summary>The chair's outcome: single-agency-review, local-child-safeguarding-practice-review, …</summary>
    public required string Type { get; init; }

    public DateOnly DecidedOn { get; init; }

    /// <summary>Six months after the decision.</summary>
    public DateOnly TargetCompletionOn { get; init; }

    public CaseReviewStatus Status { get; private set; }

    public string? Methodology { get; private set; }

    public Reviewer? Reviewer { get; private set; }

    public DateOnly? TermsOfReferenceAgreedOn { get; private set; }

    public List<DateOnly> PanelMeetings { get; private set; } = [];

    public PractitionerLearningEvent? PractitionerLearningEvent { get; private set; }

    public FamilyInvolvement? FamilyInvolvement { get; private set; }

    public List<ParallelProceeding> ParallelProceedings { get; private set; } = [];

    public ReviewCosts? Costs { get; private set; }

    public List<Slippage> Slippages { get; private set; } = [];

    public DateOnly? DraftReportReceivedOn { get; private set; }

    public AcceptedReport? Report { get; private set; }

    public uint Version { get; set; }

    /// <summary>
    /// When the review is now expected to complete: the latest recorded slippage, or else the target
    /// moved by the delay parallel proceedings cause (bounded, so that it stays a real date).
    /// </summary>
    public DateOnly ExpectedCompletionOn =>
        Slippages.Count > 0
            ? Slippages[^1].NewExpectedCompletionOn
            : TargetCompletionOn.AddDays(Math.Min(ParallelProceedings.Sum(p => p.ExpectedDelayDays), MaxTotalDelayDays));

    public static CaseReview Follow(RapidReview rapidReview, ReviewDecision decision) => new()
    {
        Id = Guid.CreateVersion7(),
        RapidReviewId = rapidReview.Id,
        NotificationId = rapidReview.NotificationId,
        Partnership = rapidReview.Partnership,
        LocalAuthority = rapidReview.LocalAuthority,
        Type = decision.Outcome,
        DecidedOn = decision.DecidedOn,
        TargetCompletionOn = decision.DecidedOn.AddMonths(6),
        Status = CaseReviewStatus.InProgress,
    };

    public void AppointReviewer(string name, DateOnly appointedOn, string methodology, TimeProvider clock)
    {
        EnsureInProgress();
        NotInFuture("appointedOn", appointedOn, clock);
        Reviewer = new Reviewer { Name = name, AppointedOn = appointedOn };
        Methodology = methodology;
    }

    public void AgreeTermsOfReference(DateOnly agreedOn, TimeProvider clock)
    {
        EnsureInProgress();
        NotInFuture("agreedOn", agreedOn, clock);
        Allowed(Reviewer is not null, "Terms of reference are agreed with the reviewer: appoint one first.");
        TermsOfReferenceAgreedOn = agreedOn;
    }

    public void RecordPanelMeeting(DateOnly heldOn, TimeProvider clock)
    {
        EnsureInProgress();
        NotInFuture("heldOn", heldOn, clock);
        PanelMeetings = [.. PanelMeetings, heldOn];
    }

    public void RecordPractitionerLearningEvent(DateOnly heldOn, IReadOnlyList<AgencyAttendance> attendance, TimeProvider clock)
    {
        EnsureInProgress();
        NotInFuture("heldOn", heldOn, clock);
        PractitionerLearningEvent = new PractitionerLearningEvent { HeldOn = heldOn, Attendance = [.. attendance] };
    }

    public void RecordFamilyInvolvement(string status, string childsVoice)
    {
        EnsureInProgress();
        FamilyInvolvement = new FamilyInvolvement { Status = status, ChildsVoice = childsVoice };
    }

    /// <summary>A proceeding alongside the review and the delay it is expected to cause, within a five-year total.</summary>
    public void RecordParallelProceeding(string kind, DateOnly? expectedConclusionOn, int expectedDelayDays, string reason, TimeProvider clock)
    {
        EnsureInProgress();
        Valid(ParallelProceedings.Sum(p => p.ExpectedDelayDays) + expectedDelayDays <= MaxTotalDelayDays, "expectedDelayDays",
            $"Parallel proceedings would delay the review by more than {MaxTotalDelayDays} days in all: record slippage with a new expected date instead.");
        ParallelProceedings = [.. ParallelProceedings, new ParallelProceeding
        {
            Kind = kind, ExpectedConclusionOn = expectedConclusionOn, ExpectedDelayDays = expectedDelayDays, Reason = reason, RecordedOn = clock.Today(),
        }];
    }

    public void RecordCosts(decimal authorFee, decimal otherCosts, IReadOnlyList<PartnerContribution> partnerContributions)
    {
        EnsureInProgress();
        Costs = new ReviewCosts { AuthorFee = authorFee, OtherCosts = otherCosts, PartnerContributions = [.. partnerContributions] };
    }

    public void RecordSlippage(DateOnly newExpectedCompletionOn, string reason, TimeProvider clock)
    {
        EnsureInProgress();
        Valid(newExpectedCompletionOn > clock.Today(), "newExpectedCompletionOn", "newExpectedCompletionOn must be after today.");
        Slippages = [.. Slippages, new Slippage { RecordedOn = clock.Today(), NewExpectedCompletionOn = newExpectedCompletionOn, Reason = reason }];
    }

    public void RecordDraftReport(DateOnly receivedOn, TimeProvider clock)
    {
        EnsureInProgress();
        NotInFuture("receivedOn", receivedOn, clock);
        Allowed(Reviewer is not null, "A draft report comes from the appointed reviewer: appoint one first.");
        DraftReportReceivedOn = receivedOn;
    }

    /// <summary>
    /// The partnership accepts the report it received: its recommendations get stable identifiers
    /// (R1, R2, …) and go to the learning-action and publication services.
    /// </summary>
    public void AcceptReport(DateOnly acceptedOn, IReadOnlyList<string> findings, IReadOnlyList<string> learningThemes,
        IReadOnlyList<string> recommendations, TimeProvider clock)
    {
        NotInFuture("acceptedOn", acceptedOn, clock);
        Valid(recommendations.Count > 0, "recommendations", "recommendations needs at least one recommendation.");
        Allowed(Report is null, $"The report was accepted on {Report?.AcceptedOn:yyyy-MM-dd}.");
        Allowed(DraftReportReceivedOn is not null, "The partnership accepts a report it has received: record the draft report first.");
        Report = new AcceptedReport
        {
            AcceptedOn = acceptedOn, Findings = [.. findings], LearningThemes = [.. learningThemes],
            Recommendations = recommendations.Select((text, i) => new ReportRecommendation { Id = $"R{i + 1}", Text = text }).ToList(),
        };
        Status = CaseReviewStatus.ReportAccepted;
        Raise(new CaseReviewReportAcceptedIntegrationEvent(Id, RapidReviewId, Partnership, Type, acceptedOn, Report.LearningThemes,
            Report.Recommendations.Select(r => new AcceptedRecommendation(r.Id, r.Text)).ToList(), DecidedOn, NotificationId), clock.GetUtcNow());
    }

    private void EnsureInProgress() => Allowed(Status == CaseReviewStatus.InProgress, "The report has been accepted: the review is complete.");
}
