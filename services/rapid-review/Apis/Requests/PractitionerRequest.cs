using System.ComponentModel.DataAnnotations;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.RapidReview.Api.Apis.Requests;

public sealed record PractitionerRequest(
    [Required, MaxLength(200)] string Name,
    [Required, MaxLength(200)] string Role,
    [Required, MaxLength(40), Telephone] string Telephone,
    [Required, MaxLength(256), EmailAddress] string Email);
