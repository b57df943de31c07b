namespace Safeguarding.LearningAction.Api.Model;

/// <summary>The business manager's answer to a completed action: signed off (at the sub-group's meeting, where the partnership signs off there), or sent back with a reason.</summary>
public sealed class SignOffDecision
{
    public const string SignedOff = "signed-off";
    public const string SentBack = "sent-back";

    public required string Decision { get; init; }

    public string? Reason { get; init; }

    public required string By { get; init; }

    public DateTimeOffset At { get; init; }

    public DateOnly? SubGroupMeetingOn { get; init; }
}
