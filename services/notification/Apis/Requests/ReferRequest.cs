using System.ComponentModel.DataAnnotations;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <summary>A case an agency refers for the partnership to consider for notification.</summary>
public sealed record ReferRequest(
    [Required, MaxLength(200)] string ReferringAgency,
    [Required] ContactRequest Contact,
    [Required, MinLength(1), MaxLength(20)] IReadOnlyList<ReferredChildRequest> Children,
    [Required, MaxLength(10_000)] string WhatHappened,
    [Required] DateOnly? HappenedOn,
    [Required, MaxLength(5_000)] string ReasonsForReferral)
{
    public ReferralContact ToContact() => new()
    {
        Name = Contact.Name.Trim(), Role = Contact.Role.Trim(), Telephone = Contact.Telephone.Trim(), Email = Contact.Email.Trim(),
    };

    public List<ReferredChild> ToChildren() =>
        Children.Select(c => new ReferredChild { Name = c.Name.Trim(), DateOfBirth = c.DateOfBirth, AgeYears = c.AgeYears }).ToList();
}

/// <summary>Who the partnership can reach about the referral.</summary>
public sealed record ContactRequest(
    [Required, MaxLength(200)] string Name,
    [Required, MaxLength(200)] string Role,
    [Required, MaxLength(40), Telephone] string Telephone,
    [Required, MaxLength(256), EmailAddress] string Email);

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
