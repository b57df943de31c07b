using System.ComponentModel.DataAnnotations;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.LearningAction.Api.Apis.Requests;

/// <summary>
/// Evidence of impact: <c>kind</c> audit, practice-change, child-and-family-feedback or other; what it
/// shows; when it was gathered; against an action (<c>actionId</c>) and/or learning <c>themes</c>. An
/// agency records its own; the business manager or the chair may name the <c>agency</c>.
/// </summary>
public sealed record RecordImpactEvidenceRequest(
    [Required, OneOf(ImpactKinds.Audit, ImpactKinds.PracticeChange, ImpactKinds.ChildAndFamilyFeedback, ImpactKinds.Other)] string Kind,
    [Required, MaxLength(10_000)] string Summary,
    [Required] DateOnly? On,
    Guid? ActionId,
    [MaxLength(20), TextItems(100)] IReadOnlyList<string>? Themes,
    [MaxLength(200)] string? Agency) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ActionId is null && (Themes is null || Themes.Count == 0))
        {
            yield return new ValidationResult("Evidence of impact is against an action (actionId) or learning themes (themes), or both.", [nameof(Themes)]);
        }
    }
}
