using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <summary>
/// The national serious incident notification form, with the referral it follows when it follows one.
/// Each field is checked on its own, then the form as a whole (dates, children, criteria); the
/// deadline and lateness are judged against the day of notification by <see cref="ToForm"/>.
/// </summary>
/// <param name="Notifier">Who at the local authority notifies: localAuthority, name, role, telephone, email.</param>
/// <param name="BecameAwareOn">yyyy-MM-dd: the day the authority became aware; not after today. Due 5 working days later.</param>
/// <param name="IncidentOn">yyyy-MM-dd: the day of the incident; not after <paramref name="BecameAwareOn"/>.</param>
/// <param name="IncidentTime">HH:mm, when known.</param>
/// <param name="IncidentPlace">Where it happened (identifying).</param>
/// <param name="Nature">child-death, serious-harm or other.</param>
/// <param name="Criteria">abuseOrNeglectKnownOrSuspected, diedOrSeriouslyHarmed, location (in-area or resident-harmed-outside-england), lookedAfterChildDeath.</param>
/// <param name="Children">One to four children in detail.</param>
/// <param name="NumberOfChildren">Every child involved, 1 to 50.</param>
/// <param name="FurtherChildren">Children beyond the four, in free text; required when there are more.</param>
/// <param name="CaseOutline">What happened; up to 10,000 characters.</param>
/// <param name="LinkedCases">References of related cases.</param>
/// <param name="LateReason">Required when the notification is made after its 5-working-day deadline.</param>
/// <param name="ReferralId">The partnership's referral this notification follows, when it follows one.</param>
/// <param name="NewEvidence">What came to light since a decision not to notify: required for a retrospective notification.</param>
public sealed partial record NotifyRequest(
    [Required] NotifierRequest Notifier,
    [Required] DateOnly? BecameAwareOn,
    [Required] DateOnly? IncidentOn,
    [property: JsonConverter(typeof(HourMinuteConverter))] TimeOnly? IncidentTime,
    [Required, MaxLength(500)] string IncidentPlace,
    [Required, OneOf("child-death", "serious-harm", "other")] string Nature,
    [Required] CriteriaRequest Criteria,
    [Required, MinLength(1), MaxLength(4, ErrorMessage = "Up to 4 children are described in detail; describe further children in furtherChildren.")]
    IReadOnlyList<ChildRequest> Children,
    [Required, Range(1, 50)] int? NumberOfChildren,
    [MaxLength(5_000)] string? FurtherChildren,
    [Required, MaxLength(10_000)] string CaseOutline,
    [MaxLength(20), TextItems(200)] IReadOnlyList<string>? LinkedCases,
    [MaxLength(2_000)] string? LateReason,
    Guid? ReferralId,
    [MaxLength(5_000)] string? NewEvidence) : IValidatableObject
{
    /// <summary>The rules across fields; run once every field is valid on its own.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IncidentOn > BecameAwareOn)
        {
            yield return new ValidationResult("incidentOn cannot be after becameAwareOn.", [nameof(IncidentOn)]);
        }

        if (Children is null)
        {
            yield break;
        }

        if (NumberOfChildren < Children.Count)
        {
            yield return new ValidationResult("numberOfChildren cannot be fewer than the children described.", [nameof(NumberOfChildren)]);
        }
        else if (NumberOfChildren > Children.Count && Optional(FurtherChildren) is null)
        {
            yield return new ValidationResult("furtherChildren must describe the children not described in detail.", [nameof(FurtherChildren)]);
        }

        for (var i = 0; i < Children.Count; i++)
        {
            foreach (var (member, message) in IncidentOn is { } incident ? Children[i].CheckAt(incident) : [])
            {
                yield return new ValidationResult(message, [$"{nameof(Children)}[{i}].{member}"]);
            }
        }

        foreach (var message in Criteria?.Unmet(Nature, Children) ?? [])
        {
            yield return new ValidationResult(message, [nameof(Criteria)]);
        }
    }

    /// <summary>Optional text as kept: trimmed, and null when blank.</summary>
    internal static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
