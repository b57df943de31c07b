using Safeguarding.LearningAction.Api.Model;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>An action as lists show it: no notes or evidence, so listing is not a read of case detail.</summary>
public sealed record ActionSummary(
    Guid Id,
    Guid? RecommendationId,
    Guid? ReviewId,
    string Source,
    string? SourceReference,
    string LeadAgency,
    IReadOnlyList<string> ContributingAgencies,
    string Description,
    DateOnly DueOn,
    string Status,
    bool Overdue,
    int EscalationLevel,
    IReadOnlyList<string> Themes,
    DateTimeOffset LastChangedAt)
{
    public static ActionSummary From(PlanAction a, DateOnly today) => new(
        a.Id, a.RecommendationId, a.ReviewId, a.Source, a.SourceReference, a.LeadAgency, a.ContributingAgencies, a.Description, a.DueOn,
        ActionStatusNames.Of(a.Status), a.IsOverdueOn(today), a.EscalationLevel, a.Themes, a.LastChangedAt);
}
