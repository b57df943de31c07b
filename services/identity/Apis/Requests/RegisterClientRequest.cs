using System.ComponentModel.DataAnnotations;
using Safeguarding.Identity.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Identity.Api.Apis.Requests;

/// <summary>An agency system allowed to obtain tokens with the client credentials flow.</summary>
/// <param name="Partnership">The partnership it acts for; none for national bodies.</param>
public sealed record RegisterClientRequest(
    [Required, MaxLength(100)] string ClientId,
    [Required, MinLength(24, ErrorMessage = "clientSecret must be at least 24 characters."), MaxLength(200)] string ClientSecret,
    [Required, MaxLength(200)] string DisplayName,
    [MaxLength(100)] string? Partnership,
    [Required, MaxLength(200)] string Agency,
    [Required, Roles] IReadOnlyList<string> Roles)
{
    public ClientRegistration ToRegistration() => new()
    {
        ClientId = ClientId.Trim(), ClientSecret = ClientSecret, DisplayName = DisplayName.Trim(), Partnership = Partnership?.Trim() is { Length: > 0 } p ? p : null,
        Agency = Agency.Trim(), Roles = [.. Roles.Distinct()],
    };
}
