using Safeguarding.Identity.Api.Model;

namespace Safeguarding.Identity.Api.Apis;

public sealed record UserSummary(string UserName, string DisplayName, string Email, string? Partnership, string Agency, IReadOnlyList<string> Roles)
{
    public static UserSummary From(UserRegistration r) => new(r.UserName, r.DisplayName, r.Email, r.Partnership, r.Agency, r.Roles);

    public static UserSummary From(SafeguardingUser u) => new(u.UserName ?? "", u.DisplayName, u.Email ?? "", u.Partnership, u.Agency, u.Roles);
}
