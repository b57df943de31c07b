using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.RapidReview.Api.Model;

/// <summary>What one agency brings to the rapid review: its involvement, the key practice episodes, the safety actions it took, and who to contact.</summary>
public sealed class AgencyContribution
{
    public Guid Id { get; set; }

    public required string Agency { get; set; }

    /// <summary>local-authority, police, health or relevant-agency.</summary>
    public required string AgencyType { get; set; }

    [ChildIdentifying]
    public required string Involvement { get; set; }

    [ChildIdentifying]
    public List<PracticeEpisode> KeyPracticeEpisodes { get; set; } = [];

    [ChildIdentifying]
    public List<string> ImmediateSafetyActions { get; set; } = [];

    public required Practitioner Practitioner { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public required string SubmittedBy { get; set; }
}

/// <summary>The practitioner the review can reach: missing contacts were a named barrier to sharing information.</summary>
public sealed class Practitioner
{
    public required string Name { get; set; }

    public required string Role { get; set; }

    public required string Telephone { get; set; }

    public required string Email { get; set; }
}

/// <summary>The rapid review meeting and which of the three safeguarding partners attended.</summary>
public sealed class RapidReviewMeeting
{
    public DateOnly HeldOn { get; set; }

    public bool LocalAuthorityAttended { get; set; }

    public bool PoliceAttended { get; set; }

    public bool HealthAttended { get; set; }

    public required string RecordedBy { get; set; }
}

/// <summary>The business manager's recommendation to the independent chair.</summary>
public sealed class Recommendation
{
    [ChildIdentifying]
    public required string Facts { get; set; }

    public required string LearningIdentified { get; set; }

    public required string ImmediateActions { get; set; }

    public required string RecommendedOutcome { get; set; }

    public required string Rationale { get; set; }

    public DateOnly SubmittedOn { get; set; }

    public required string SubmittedBy { get; set; }
}

/// <summary>The independent chair's decision on what kind of review to hold, and when it was communicated.</summary>
public sealed class ReviewDecision
{
    public required string Outcome { get; set; }

    public required string Rationale { get; set; }

    public DateOnly DecidedOn { get; set; }

    public required string DecidedBy { get; set; }

    public DateOnly? CommunicatedToFamilyOn { get; set; }

    public DateOnly? CommunicatedToReviewGroupOn { get; set; }

    public DateOnly? CommunicatedToReferrerOn { get; set; }
}

/// <summary>The rapid review as sent to the national panel.</summary>
public sealed class PanelSubmission
{
    public DateOnly SubmittedOn { get; set; }

    /// <summary>Within 15 working days of the notification.</summary>
    public bool OnTime { get; set; }

    /// <summary>Why a late rapid review was late (scrutiny asks for the reasons).</summary>
    public string? DelayReason { get; set; }

    public required string SubmittedBy { get; set; }
}

/// <summary>The national panel's answer: agrees, disagrees, or takes a national review.</summary>
public sealed class PanelResponse
{
    public required string Response { get; set; }

    public string? Comments { get; set; }

    public DateOnly RespondedOn { get; set; }
}
