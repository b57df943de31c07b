namespace Safeguarding.LearningAction.Api.Model;

/// <summary>The business manager's answer to a completed action: signed off, or sent back with a reason.</summary>
public sealed class SignOffDecision
{
    public const string SignedOff = "signed-off";
    public const string SentBack = "sent-back";

    public required string Decision { get; init; }

    public string? Reason { get; init; }

    public required string By { get; init; }

    public DateTimeOffset At { get; init; }
}
