using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>A review's recommendation in the plan, with the actions that answer it.</summary>
public sealed record PlanEntryResponse(Guid Id, Guid ReviewId, string ReviewType, string Code, string Text, IReadOnlyList<string> Themes,
    DateOnly AcceptedOn, IReadOnlyList<ActionSummary> Actions)
{
    public static PlanEntryResponse From(PlanRecommendation r, IReadOnlyList<ActionSummary> actions) =>
        new(r.Id, r.ReviewId, r.ReviewType, r.Code, r.Text, r.Themes, r.AcceptedOn, actions);
}
