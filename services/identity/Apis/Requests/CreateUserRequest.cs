using System.ComponentModel.DataAnnotations;
using Safeguarding.Identity.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Identity.Api.Apis.Requests;

/// <summary>A person's account: who they are, which partnership, which roles, and a first password.</summary>
public sealed record CreateUserRequest(
    [Required, MaxLength(100), RegularExpression("^[A-Za-z0-9._@-]+$", ErrorMessage = "userName may contain only letters, digits and . - _ @.")] string UserName,
    [Required, MaxLength(200)] string DisplayName,
    [Required, MaxLength(256), EmailAddress] string Email,
    [MaxLength(100)] string? Partnership,
    [Required, MaxLength(200)] string Agency,
    [Required, Roles] IReadOnlyList<string> Roles,
    [Required, MaxLength(200)] string Password)
{
    public UserRegistration ToRegistration() => new()
    {
        UserName = UserName, DisplayName = DisplayName.Trim(), Email = Email.Trim(), Partnership = Partnership?.Trim() is { Length: > 0 } p ? p : null,
        Agency = Agency.Trim(), Roles = [.. Roles.Distinct()], Password = Password,
    };
}
