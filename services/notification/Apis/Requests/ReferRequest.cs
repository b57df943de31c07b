using System.ComponentModel.DataAnnotations;
using Safeguarding.Notification.Api.Model;

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
