using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <param name="Response">agrees, disagrees (comments required) or national-review.</param>
public sealed record PanelResponseRequest(
    [Required, OneOf("agrees", "disagrees", "national-review")] string Response,
    [MaxLength(10_000)] string? Comments) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Response == "disagrees" && string.IsNullOrWhiteSpace(Comments))
        {
            yield return new ValidationResult("comments must say why the panel disagrees.", [nameof(Comments)]);
        }
    }
}
