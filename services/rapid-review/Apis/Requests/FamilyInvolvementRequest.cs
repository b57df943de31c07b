using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <param name="Status">invited, took-part or declined.</param>
/// <param name="ChildsVoice">How the child's voice was heard in the review.</param>
public sealed record FamilyInvolvementRequest([Required, OneOf("invited", "took-part", "declined")] string Status, [Required, MaxLength(10_000)] string ChildsVoice);
