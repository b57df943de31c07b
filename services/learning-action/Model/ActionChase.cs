namespace Safeguarding.LearningAction.Api.Model;

/// <summary>A reminder before an action fell due, or a step up the escalation ladder once it was overdue.</summary>
public sealed class ActionChase
{
    public const string Reminder = "reminder";
    public const string Escalation = "escalation";

    public required string Kind { get; init; }

    /// <summary>0 for a reminder; the ladder's step (1, 2, 3…) for an escalation.</summary>
    public int Level { get; init; }

    /// <summary>Who was told: agency-lead, business-manager or independent-chair.</summary>
    public required string Recipient { get; init; }

    public DateOnly On { get; init; }

    public DateTimeOffset At { get; init; }
}
