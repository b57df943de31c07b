using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>Someone invited to the rapid review meeting for their agency; the agency's name is how they are let in to its papers.</summary>
public sealed record InviteeRequest(
    [Required, MaxLength(200)] string Agency,
    [Required, OneOf("local-authority", "police", "health", "relevant-agency")] string AgencyType,
    [Required, MaxLength(200)] string Name,
    [Required, MaxLength(256), EmailAddress] string Email);
