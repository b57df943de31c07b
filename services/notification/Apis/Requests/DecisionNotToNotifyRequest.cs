using System.ComponentModel.DataAnnotations;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <param name="PartnerPositions">Exactly one from each statutory partner (local-authority, police, health): agree or disagree, with a comment when disagreeing.</param>
public sealed record DecisionNotToNotifyRequest(
    [Required, MaxLength(5_000)] string Rationale,
    [Required, MinLength(3), MaxLength(3)] IReadOnlyList<PartnerPositionRequest> PartnerPositions) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PartnerPositions is { Count: 3 } && PartnerPositions.Select(p => p.Partner).Distinct().Count() != 3)
        {
            yield return new ValidationResult("partnerPositions needs one position from each statutory partner: local-authority, police and health.",
                [nameof(PartnerPositions)]);
        }
    }

    public List<PartnerPosition> Positions() =>
        PartnerPositions.Select(p => new PartnerPosition { Partner = p.Partner, Position = p.Position, Comment = p.Comment?.Trim() }).ToList();
}
