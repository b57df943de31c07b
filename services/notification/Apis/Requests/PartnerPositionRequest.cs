using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Notification.Api.Apis.Requests;

public sealed record PartnerPositionRequest(
    [Required, OneOf("local-authority", "police", "health")] string Partner,
    [Required, OneOf("agree", "disagree")] string Position,
    [MaxLength(2_000)] string? Comment) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Position == "disagree" && string.IsNullOrWhiteSpace(Comment))
        {
            yield return new ValidationResult("comment must say why the partner disagrees.", [nameof(Comment)]);
        }
    }
}
