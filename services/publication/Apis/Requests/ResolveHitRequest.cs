using System.ComponentModel.DataAnnotations;
using Safeguarding.Publication.Api.Model;
using Safeguarding.ServiceDefaults.Compliance;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Publication.Api.Apis.Requests;

/// <summary>A hit replaced by a pseudonym (<c>resolution</c> pseudonym, with <c>pseudonym</c>), or accepted as it stands (accepted, with <c>reason</c>).</summary>
public sealed record ResolveHitRequest(
    [Required, OneOf(HitResolutions.Pseudonym, HitResolutions.Accepted)] string Resolution,
    [MaxLength(100), ChildIdentifying] string? Pseudonym,
    [MaxLength(2_000), ChildIdentifying] string? Reason);
