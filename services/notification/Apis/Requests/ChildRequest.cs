using System.ComponentModel.DataAnnotations;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <summary>A child described in detail on the notification.</summary>
/// <param name="DateOfBirth">yyyy-MM-dd; or give <paramref name="AgeYears"/> when it is not known.</param>
/// <param name="AgeYears">Age in years at the incident, 0 to 17; worked out from <paramref name="DateOfBirth"/> when that is given.</param>
/// <param name="Sex">female, male or not-known.</param>
/// <param name="Ethnicity">DfE census code (2021 census categories), e.g. WBRI, MWBC, BAFR, REFU (refused), NOBT (not yet obtained).</param>
/// <param name="Disability">yes, no or not-known.</param>
/// <param name="KnownToAgencies">Agencies that knew the child before the incident; empty when none did.</param>
/// <param name="PlacementType">For a looked-after child only: foster-care, kinship-care, childrens-home, secure-childrens-home,
/// placed-with-parents, supported-accommodation, residential-school, adoption-placement, other.</param>
public sealed record ChildRequest(
    [Required, MaxLength(200)] string Name,
    DateOnly? DateOfBirth,
    [Range(0, 17)] int? AgeYears,
    [Required, OneOf("female", "male", "not-known")] string Sex,
    [Required, OneOf("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH",
        "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT")] string Ethnicity,
    [Required, OneOf("yes", "no", "not-known")] string Disability,
    [Required] bool? LookedAfter,
    [Required] bool? ChildProtectionPlan,
    [Required] bool? ChildInNeedPlan,
    [Required, MaxLength(20), TextItems(200)] IReadOnlyList<string> KnownToAgencies,
    [OneOf("foster-care", "kinship-care", "childrens-home", "secure-childrens-home", "placed-with-parents", "supported-accommodation",
        "residential-school", "adoption-placement", "other")] string? PlacementType) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DateOfBirth is null && AgeYears is null)
        {
            yield return new ValidationResult("Give the child's dateOfBirth, or ageYears when it is not known.", [nameof(DateOfBirth)]);
        }

        if (LookedAfter == true && PlacementType is null)
        {
            yield return new ValidationResult("placementType is required for a looked-after child.", [nameof(PlacementType)]);
        }
        else if (LookedAfter == false && PlacementType is not null)
        {
            yield return new ValidationResult("placementType applies only to a looked-after child.", [nameof(PlacementType)]);
        }
    }

    /// <summary>What the date of birth says against the day of the incident, as (member, message) pairs; none when it agrees.</summary>
    public IEnumerable<(string Member, string Message)> CheckAt(DateOnly incidentOn)
    {
        if (DateOfBirth is not { } born)
        {
            yield break;
        }

        if (born > incidentOn)
        {
            yield return (nameof(DateOfBirth), "dateOfBirth cannot be after incidentOn.");
        }
        else if (AgeAt(incidentOn) > 17)
        {
            yield return (nameof(DateOfBirth), "The child must have been under 18 at the incident.");
        }
        else if (AgeYears is not null && AgeYears != AgeAt(incidentOn))
        {
            yield return (nameof(AgeYears), "ageYears does not match dateOfBirth at incidentOn.");
        }
    }

    public NotifiedChild ToChild(DateOnly incidentOn) => new()
    {
        Name = Name.Trim(),
        DateOfBirth = DateOfBirth,
        AgeYears = DateOfBirth is null ? AgeYears!.Value : AgeAt(incidentOn),
        Sex = Sex,
        Ethnicity = Ethnicity,
        Disability = Disability,
        LookedAfter = LookedAfter!.Value,
        ChildProtectionPlan = ChildProtectionPlan!.Value,
        ChildInNeedPlan = ChildInNeedPlan!.Value,
        KnownToAgencies = KnownToAgencies.Select(a => a.Trim()).Distinct().ToList(),
        PlacementType = PlacementType,
    };

    /// <summary>Whole years from the date of birth to <paramref name="day"/>.</summary>
    private int AgeAt(DateOnly day)
    {
        var born = DateOfBirth!.Value;
        return day.Year - born.Year - (day < born.AddYears(day.Year - born.Year) ? 1 : 0);
    }
}
