using Safeguarding.Identity.Api.Model;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity.Api.Infrastructure;

public sealed class IdentityOptions
{
    /// <summary>The scope an agency system asks for to call the Safeguarding APIs.</summary>
    public const string ApiScope = "safeguarding";

    /// <summary>The issuer written into tokens: the identity service's own address, as other services know it.</summary>
    public string? Issuer { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public List<ClientRegistration> Clients { get; set; } = [];
}
