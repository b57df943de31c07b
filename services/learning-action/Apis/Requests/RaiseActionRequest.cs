using System.ComponentModel.DataAnnotations;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.LearningAction.Api.Apis.Requests;

/// <summary>
/// An action for the plan: for a review's recommendation (<c>recommendationId</c>), or from a rapid
/// review's decision, an audit or an inspection (<c>source</c> and <c>sourceReference</c>).
/// </summary>
public sealed record RaiseActionRequest(
    Guid? RecommendationId,
    [OneOf(ActionSources.RapidReview, ActionSources.Audit, ActionSources.Inspection, ActionSources.Other)] string? Source,
    [MaxLength(200)] string? SourceReference,
    [Required, MaxLength(200)] string LeadAgency,
    [MaxLength(20), TextItems(200)] IReadOnlyList<string>? ContributingAgencies,
    [Required, MaxLength(5_000)] string Description,
    [Required, MaxLength(2_000)] string SuccessMeasure,
    [Required] DateOnly? DueOn,
    [MaxLength(20), TextItems(100)] IReadOnlyList<string>? Themes) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RecommendationId is null == Source is null)
        {
            yield return new ValidationResult("Give either recommendationId (a review's recommendation) or source (where else the action comes from).", [nameof(Source)]);
        }
    }
}
