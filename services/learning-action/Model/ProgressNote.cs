using Safeguarding.ServiceDefaults.Compliance;

namespace Safeguarding.LearningAction.Api.Model;

/// <summary>What the lead agency (or the business unit) reports on an action's progress.</summary>
public sealed class ProgressNote
{
    public DateTimeOffset At { get; init; }

    public required string By { get; init; }

    public string? Agency { get; init; }

    [ChildIdentifying]
    public required string Text { get; init; }
}
