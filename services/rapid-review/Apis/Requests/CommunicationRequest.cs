using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>When the chair's decision was communicated to the family, the review group or the original referrer.</summary>
public sealed record CommunicationRequest(
    [Required, OneOf("family", "review-group", "referrer")] string Audience,
    [Required] DateOnly? CommunicatedOn);
