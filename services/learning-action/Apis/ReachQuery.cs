using System.ComponentModel.DataAnnotations;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>The period whose occasions the reach figures count, by the day each was held.</summary>
public sealed record ReachQuery : IValidatableObject
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => Period.Validate(From, To);
}
