using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>An action with everything recorded on it.</summary>
public sealed record ActionResponse(
    ActionSummary Action,
    string SuccessMeasure,
    string? ClosedReason,
    DateTimeOffset RaisedAt,
    IReadOnlyList<ProgressNote> Notes,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<SignOffDecision> SignOffDecisions,
    IReadOnlyList<ActionChase> Chases)
{
    public static ActionResponse From(PlanAction a, DateOnly today) =>
        new(ActionSummary.From(a, today), a.SuccessMeasure, a.ClosedReason, a.RaisedAt, a.Notes, a.Evidence, a.SignOffDecisions, a.Chases);
}
