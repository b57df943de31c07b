using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>Filters for the list of actions, and the page.</summary>
public sealed record ActionQuery : PageRequest
{
    [OneOf("not-started", "in-progress", "awaiting-sign-off", "signed-off", "closed")]
    public string? Status { get; init; }

    public bool? Overdue { get; init; }

    public Guid? RecommendationId { get; init; }

    public Guid? ReviewId { get; init; }

    public IQueryable<PlanAction> Apply(IQueryable<PlanAction> actions, DateOnly today)
    {
        if (Status is not null)
        {
            var status = ActionStatusNames.ByName[Status];
            actions = actions.Where(a => a.Status == status);
        }

        if (Overdue is { } overdue)
        {
            actions = actions.Where(a => ((a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress) && a.DueOn < today) == overdue);
        }

        if (RecommendationId is { } recommendation)
        {
            actions = actions.Where(a => a.RecommendationId == recommendation);
        }

        return ReviewId is { } review ? actions.Where(a => a.ReviewId == review) : actions;
    }
}
