using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.LearningAction.Api.Apis.Requests;

/// <summary>Evidence given as a statement (<c>kind</c> text) or a link (<c>kind</c> link); documents are uploaded separately.</summary>
public sealed record EvidenceRequest(
    [Required, OneOf("text", "link")] string Kind,
    [Required, MaxLength(200)] string Title,
    [MaxLength(10_000)] string? Statement,
    [MaxLength(2_000)] string? Url) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind == "text" && string.IsNullOrWhiteSpace(Statement))
        {
            yield return new ValidationResult("A statement of evidence needs its text (statement).", [nameof(Statement)]);
        }

        if (Kind == "link" && !(Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            yield return new ValidationResult("A link needs an absolute http or https address (url).", [nameof(Url)]);
        }
    }
}
