using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.RapidReview.Api.Model;

/// <summary>
/// The review the chair decided on (any outcome but no further action), tracked from the
/// reviewer's appointment to the partnership's acceptance of the report. Expected to complete
/// within 6 months of the decision; parallel proceedings and recorded slippage move the expected date.
/// </summary>
public sealed class CaseReview
{
    public Guid Id { get; init; }

    public Guid RapidReviewId { get; init; }

    public required string Partnership { get; init; }

    public required string LocalAuthority { get; init; }

    /// <summary>The chair's outcome: single-agency-review, local-child-safeguarding-practice-review, …</summary>
    public required string Type { get; init; }

    public DateOnly DecidedOn { get; init; }

    /// <summary>Six months after the decision.</summary>
    public DateOnly TargetCompletionOn { get; init; }

    public CaseReviewStatus Status { get; set; }

    public string? Methodology { get; set; }

    public Reviewer? Reviewer { get; set; }

    public DateOnly? TermsOfReferenceAgreedOn { get; set; }

    public List<DateOnly> PanelMeetings { get; set; } = [];

    public PractitionerLearningEvent? PractitionerLearningEvent { get; set; }

    public FamilyInvolvement? FamilyInvolvement { get; set; }

    public List<ParallelProceeding> ParallelProceedings { get; set; } = [];

    public ReviewCosts? Costs { get; set; }

    public List<Slippage> Slippages { get; set; } = [];

    public DateOnly? DraftReportReceivedOn { get; set; }

    public AcceptedReport? Report { get; set; }

    public uint Version { get; set; }

    /// <summary>
    /// When the review is now expected to complete: the latest recorded slippage, or else the target
    /// moved by the delay parallel proceedings cause.
    /// </summary>
    public DateOnly ExpectedCompletionOn =>
        Slippages.Count > 0
            ? Slippages[^1].NewExpectedCompletionOn
            : TargetCompletionOn.AddDays(ParallelProceedings.Sum(p => p.ExpectedDelayDays));

    public static CaseReview Follow(RapidReview rapidReview, ReviewDecision decision) => new()
    {
        Id = Guid.CreateVersion7(),
        RapidReviewId = rapidReview.Id,
        Partnership = rapidReview.Partnership,
        LocalAuthority = rapidReview.LocalAuthority,
        Type = decision.Outcome,
        DecidedOn = decision.DecidedOn,
        TargetCompletionOn = decision.DecidedOn.AddMonths(6),
        Status = CaseReviewStatus.InProgress,
    };
}

public enum CaseReviewStatus
{
    InProgress,
    ReportAccepted,
}

public sealed class Reviewer
{
    public required string Name { get; set; }

    public DateOnly AppointedOn { get; set; }
}

public sealed class PractitionerLearningEvent
{
    public DateOnly HeldOn { get; set; }

    public List<AgencyAttendance> Attendance { get; set; } = [];
}

public sealed class AgencyAttendance
{
    public required string Agency { get; set; }

    public int Practitioners { get; set; }
}

public sealed class FamilyInvolvement
{
    /// <summary>invited, took-part or declined.</summary>
    public required string Status { get; set; }

    /// <summary>How the child's voice was heard in the review.</summary>
    [ChildIdentifying]
    public required string ChildsVoice { get; set; }
}

/// <summary>A criminal trial, inquest or family court case running alongside the review, and the delay it causes.</summary>
public sealed class ParallelProceeding
{
    public required string Kind { get; set; }

    public DateOnly? ExpectedConclusionOn { get; set; }

    public int ExpectedDelayDays { get; set; }

    public required string Reason { get; set; }

    public DateOnly RecordedOn { get; set; }
}

public sealed class ReviewCosts
{
    public decimal AuthorFee { get; set; }

    public decimal OtherCosts { get; set; }

    public List<PartnerContribution> PartnerContributions { get; set; } = [];
}

public sealed class PartnerContribution
{
    public required string Partner { get; set; }

    public decimal Amount { get; set; }
}

public sealed class Slippage
{
    public DateOnly RecordedOn { get; set; }

    public DateOnly NewExpectedCompletionOn { get; set; }

    public required string Reason { get; set; }
}

/// <summary>The report the partnership accepted: its findings, learning themes, and recommendations with stable identifiers.</summary>
public sealed class AcceptedReport
{
    public DateOnly AcceptedOn { get; set; }

    public List<string> Findings { get; set; } = [];

    public List<string> LearningThemes { get; set; } = [];

    public List<ReportRecommendation> Recommendations { get; set; } = [];
}

public sealed class ReportRecommendation
{
    /// <summary>Stable within the review (R1, R2, …): actions and published reports refer to it.</summary>
    public required string Id { get; set; }

    public required string Text { get; set; }
}
