using System.ComponentModel.DataAnnotations;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>The independent reviewer, the date appointed, and the methodology.</summary>
public sealed record ReviewerRequest([Required, MaxLength(200)] string Name, [Required] DateOnly? AppointedOn, [Required, MaxLength(500)] string Methodology);
