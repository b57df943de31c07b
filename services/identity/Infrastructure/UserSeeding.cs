using Safeguarding.Identity.Api.Model;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity.Api.Infrastructure;

internal static class UserSeeding
{
    public static SafeguardingUser NewUser(UserRegistration person, TimeProvider clock)
    {
        var unknown = person.Roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0 || person.Roles.Count == 0)
        {
            throw new InvalidOperationException($"User {person.UserName} needs roles from: {string.Join(", ", Roles.All)}.");
        }

        return new SafeguardingUser
        {
            UserName = person.UserName,
            Email = person.Email,
            EmailConfirmed = true,
            DisplayName = person.DisplayName,
            Partnership = person.Partnership is { Length: > 0 } partnership ? partnership : null,
            Agency = person.Agency,
            Roles = [.. person.Roles],
            CreatedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };
    }
}
