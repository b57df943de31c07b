using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>What the sub-group looks at every two weeks: what changed, what is overdue, what was escalated, what awaits sign-off.</summary>
public sealed record MonitoringReport(
    DateOnly Since,
    DateOnly PreparedOn,
    int NewPlanEntries,
    IReadOnlyList<ActionSummary> Changed,
    IReadOnlyList<ActionSummary> Overdue,
    IReadOnlyList<EscalationLine> Escalated,
    IReadOnlyList<ActionSummary> AwaitingSignOff)
{
    public static MonitoringReport Of(IReadOnlyList<PlanAction> actions, DateOnly since, DateOnly today, DateTimeOffset sinceInstant, int newEntries) => new(
        since, today, newEntries,
        [.. actions.Where(a => a.LastChangedAt >= sinceInstant).Select(a => ActionSummary.From(a, today))],
        [.. actions.Where(a => a.IsOverdueOn(today)).Select(a => ActionSummary.From(a, today))],
        [.. actions.SelectMany(a => a.Chases.Where(c => c.Kind == ActionChase.Escalation && c.On >= since)
            .Select(c => new EscalationLine(ActionSummary.From(a, today), c.Level, c.Recipient, c.On)))],
        [.. actions.Where(a => a.Status == ActionStatus.AwaitingSignOff).Select(a => ActionSummary.From(a, today))]);
}
