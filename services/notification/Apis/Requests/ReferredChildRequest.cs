using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <param name="DateOfBirth">Or give <paramref name="AgeYears"/> when it is not known.</param>
public sealed record ReferredChildRequest([Required, MaxLength(200)] string Name, DateOnly? DateOfBirth, [Range(0, 17)] int? AgeYears) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DateOfBirth is null && AgeYears is null)
        {
            yield return new ValidationResult("Give the child's dateOfBirth, or ageYears when it is not known.", [nameof(DateOfBirth)]);
        }
    }
}
