namespace Safeguarding.Notification.Api.Model;

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
