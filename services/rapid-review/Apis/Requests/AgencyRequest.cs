using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>An agency, named as its people's and systems' tokens name it, and its kind.</summary>
public sealed record AgencyRequest(
    [Required, MaxLength(200)] string Agency,
    [Required, OneOf("local-authority", "police", "health", "relevant-agency")] string AgencyType);
