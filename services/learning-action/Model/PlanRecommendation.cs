using Safeguarding.Contracts.IntegrationEvents;

namespace Safeguarding.LearningAction.Api.Model;

/// <summary>
/// An entry of the composite action plan: one recommendation of a review whose report the
/// partnership accepted (R1, R2…), with the review's learning themes. The business manager turns it
/// into one or more actions.
/// </summary>
public sealed class PlanRecommendation
{
    public Guid Id { get; init; }

    public required string Partnership { get; init; }

    public Guid ReviewId { get; init; }

    public required string ReviewType { get; init; }

    /// <summary>The recommendation's identifier within its review: R1, R2…</summary>
    public required string Code { get; init; }

    public required string Text { get; init; }

    public List<string> Themes { get; init; } = [];

    public DateOnly AcceptedOn { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    public ReviewThemes Raised() => new(ReviewId, AcceptedOn.Year, ReviewType, Themes);

    /// <summary>The plan's entries for an accepted report, one per recommendation.</summary>
    public static IEnumerable<PlanRecommendation> From(CaseReviewReportAcceptedIntegrationEvent accepted, DateTimeOffset now) =>
        accepted.Recommendations.Select(r => new PlanRecommendation
        {
            Id = Guid.CreateVersion7(),
            Partnership = accepted.Partnership,
            ReviewId = accepted.ReviewId,
            ReviewType = accepted.ReviewType,
            Code = r.Id,
            Text = r.Text,
            Themes = [.. accepted.LearningThemes],
            AcceptedOn = accepted.AcceptedOn,
            OpenedAt = now,
        });
}
