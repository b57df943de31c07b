using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.RapidReview.Api.Model;

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
