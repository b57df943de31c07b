using Safeguarding.Contracts.Actions.V1;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.Statutory;

namespace Safeguarding.LearningAction.Api.Grpc;

/// <summary>
/// The action plan, the briefings and the evidence of impact over a period, as the yearly report
/// counts them, each by the date that defines it. An action counts as open at the period's end
/// unless it had been signed off by then, or has been closed without a later change.
/// </summary>
internal static class ActionPlanFiguresOf
{
    public static ActionPlanFigures Of(IReadOnlyCollection<PlanAction> actions, IReadOnlyCollection<Briefing> briefings,
        IReadOnlyCollection<ImpactEvidence> evidence, DateOnly from, DateOnly to)
    {
        bool In(DateOnly? day) => day is { } d && d >= from && d <= to;
        DateOnly? SignedOffOn(PlanAction a) => a.SignOffDecisions.Where(d => d.Decision == SignOffDecision.SignedOff)
            .Select(d => (DateOnly?)EnglandAndWalesTime.DayOf(d.At)).LastOrDefault();
        bool OpenAtEnd(PlanAction a) => EnglandAndWalesTime.DayOf(a.RaisedAt) <= to && !(SignedOffOn(a) <= to)
            && !(a.Status == ActionStatus.Closed && EnglandAndWalesTime.DayOf(a.LastChangedAt) <= to);
        var disseminations = briefings.SelectMany(b => b.Disseminations).Where(d => In(d.On)).ToList();
        var figures = new ActionPlanFigures
        {
            Raised = actions.Count(a => In(EnglandAndWalesTime.DayOf(a.RaisedAt))),
            Completed = actions.Count(a => In(SignedOffOn(a))),
            Overdue = actions.Count(a => OpenAtEnd(a) && a.DueOn < to),
            Escalated = actions.Count(a => a.Chases.Any(c => c.Kind == ActionChase.Escalation && In(c.On))),
            BriefingsPublished = briefings.Count(b => In(b.PublishedOn)),
            Disseminations = disseminations.Count,
            PractitionersBriefed = disseminations.Sum(d => d.Practitioners),
        };
        figures.ImpactEvidence.AddRange(evidence.Where(e => In(e.On)).GroupBy(e => e.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KindCount { Kind = g.Key, Count = g.Count() }));
        return figures;
    }
}
