using System.ComponentModel.DataAnnotations;
using Safeguarding.RapidReview.Api.Model;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

/// <summary>The rapid review meeting as planned (a later call moves it) and the partners to invite to it.</summary>
public sealed record MeetingInvitationsRequest(
    [Required] DateOnly? MeetsOn,
    TimeOnly? StartsAt,
    [Required, MaxLength(200)] string Venue,
    [Required, MinLength(1), MaxLength(50)] IReadOnlyList<InviteeRequest> Invitees) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Invitees.Select((invitee, i) => (invitee, i)).Where(x => x.invitee is null)
            .Select(x => new ValidationResult($"invitees[{x.i}] is required.", [$"invitees[{x.i}]"]));

    public IReadOnlyList<Invitee> ToInvitees() => Invitees.Select(i => new Invitee(i.Agency, i.AgencyType, i.Name, i.Email)).ToList();
}
