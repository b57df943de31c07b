using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.Notification.Api.Model;

public enum ReferralStatus
{
    UnderConsideration,
    /// <summary>Partners disagreed with a decision not to notify: the independent chair resolves it.</summary>
    Escalated,
    /// <summary>The chair resolved an escalation in favour of notifying: the local authority notifies next.</summary>
    NotificationAgreed,
    Notified,
    NotNotified,
    KeptForLearning,
}

public sealed class ReferralContact
{
    public required string Name { get; set; }

    public required string Role { get; set; }

    public required string Telephone { get; set; }

    public required string Email { get; set; }
}

public sealed class ReferredChild
{
    [ChildIdentifying]
    public required string Name { get; set; }

    [ChildIdentifying]
    public DateOnly? DateOfBirth { get; set; }

    public int? AgeYears { get; set; }
}

/// <summary>The partnership's decision not to notify, with each statutory partner's position.</summary>
public sealed class DecisionNotToNotify
{
    public required string Rationale { get; set; }

    public DateOnly DecidedOn { get; set; }

    public required string RecordedBy { get; set; }

    public List<PartnerPosition> PartnerPositions { get; set; } = [];
}

public sealed class PartnerPosition
{
    /// <summary>local-authority, police or health.</summary>
    public required string Partner { get; set; }

    /// <summary>agree or disagree.</summary>
    public required string Position { get; set; }

    public string? Comment { get; set; }
}

/// <summary>A disagreement about not notifying, escalated to the independent chair, and how it was resolved.</summary>
public sealed class Escalation
{
    public DateOnly OpenedOn { get; set; }

    public List<string> DisagreeingPartners { get; set; } = [];

    public EscalationResolution? Resolution { get; set; }
}

public sealed class EscalationResolution
{
    /// <summary>notify or do-not-notify.</summary>
    public required string Outcome { get; set; }

    public required string ResolvedBy { get; set; }

    public string? ResolvedByName { get; set; }

    public DateOnly ResolvedOn { get; set; }

    public required string Reasoning { get; set; }
}

/// <summary>Below the threshold for notification, but kept so that learning can still be gathered.</summary>
public sealed class LearningRoute
{
    public required string Rationale { get; set; }

    /// <summary>How the learning will be gathered (e.g. a single agency review, a practitioner discussion).</summary>
    public required string LearningActivity { get; set; }

    public DateOnly RecordedOn { get; set; }

    public string? Outcome { get; set; }

    public DateOnly? OutcomeRecordedOn { get; set; }
}
