using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Publication.Api.Apis.Requests;

/// <summary>The chair's delay of a scheduled publication: the new date and the reason (e.g. "the anniversary of the child's death").</summary>
public sealed record DelayRequest([Required] DateOnly? PublishOn, [Required, MaxLength(2_000)] string Reason);
