using Safeguarding.Identity.Api.Model;

namespace Safeguarding.Identity.Api.Apis;

public sealed record ClientSummary(string ClientId, string DisplayName, string? Partnership, string Agency, IReadOnlyList<string> Roles)
{
    public static ClientSummary From(ClientRegistration r) => new(r.ClientId, r.DisplayName, r.Partnership, r.Agency, r.Roles);
}
