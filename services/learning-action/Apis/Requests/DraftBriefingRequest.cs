using System.ComponentModel.DataAnnotations;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.LearningAction.Api.Apis.Requests;

/// <summary>
/// A learning briefing: <c>format</c> seven-minute (background, why it matters, the learning,
/// questions for teams, what to do, further information) or six-step (the case, the learning, what it
/// means, reflect, act, find out more); of a review (<c>reviewId</c>) or a theme (<c>theme</c>); the
/// member <c>agencies</c> expected to disseminate it.
/// </summary>
public sealed record DraftBriefingRequest(
    [Required, MaxLength(300)] string Title,
    [Required, OneOf(BriefingFormats.SevenMinute, BriefingFormats.SixStep)] string Format,
    Guid? ReviewId,
    [MaxLength(200)] string? Theme,
    [Required, MaxLength(6)] IReadOnlyList<SectionRequest> Sections,
    [Required, MinLength(1), MaxLength(30), TextItems(200)] IReadOnlyList<string> Agencies) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReviewId is null == string.IsNullOrWhiteSpace(Theme))
        {
            yield return new ValidationResult("A briefing is of a review (reviewId) or of a theme (theme): give exactly one.", [nameof(ReviewId)]);
        }

        if (Format is not null && BriefingFormats.Headings.TryGetValue(Format, out var headings) && Sections is not null
            && !(Sections.Count == headings.Count && Sections.Zip(headings).All(p => string.Equals(p.First?.Heading?.Trim(), p.Second, StringComparison.OrdinalIgnoreCase))))
        {
            yield return new ValidationResult($"A {Format} briefing has these sections, in order: {string.Join("; ", headings)}.", [nameof(Sections)]);
        }
    }
}
