namespace Safeguarding.LearningAction.Api.Model;

/// <summary>An agency chased, once, for a briefing it had shown no dissemination of within the due working days.</summary>
public sealed class DisseminationChase
{
    public required string Agency { get; init; }

    public DateOnly On { get; init; }

    public DateTimeOffset At { get; init; }
}
