using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <summary>Who the partnership can reach about the referral.</summary>
public sealed record ContactRequest(
    [Required, MaxLength(200)] string Name,
    [Required, MaxLength(200)] string Role,
    [Required, MaxLength(40), Telephone] string Telephone,
    [Required, MaxLength(256), EmailAddress] string Email);
