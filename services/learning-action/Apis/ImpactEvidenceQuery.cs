using System.ComponentModel.DataAnnotations;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>Which evidence of impact (by kind, theme, action, agency, period gathered), and the page.</summary>
public sealed record ImpactEvidenceQuery : PageRequest, IValidatableObject
{
    [OneOf(ImpactKinds.Audit, ImpactKinds.PracticeChange, ImpactKinds.ChildAndFamilyFeedback, ImpactKinds.Other)]
    public string? Kind { get; init; }

    [MaxLength(100)]
    public string? Theme { get; init; }

    public Guid? ActionId { get; init; }

    [MaxLength(200)]
    public string? Agency { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public IQueryable<ImpactEvidence> Apply(IQueryable<ImpactEvidence> evidence)
    {
        evidence = evidence.Where(e => (Kind == null || e.Kind == Kind) && (ActionId == null || e.ActionId == ActionId)
            && (Agency == null || e.Agency == Agency) && (From == null || e.On >= From) && (To == null || e.On <= To));
        if (Theme is not null)
        {
            var theme = ThemeSet.Code(Theme);
            evidence = evidence.Where(e => e.Themes.Contains(theme));
        }

        return evidence;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => Period.Validate(From, To);
}
