namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>Which review's entries, and the page.</summary>
public sealed record PlanQuery : PageRequest
{
    public Guid? ReviewId { get; init; }
}
