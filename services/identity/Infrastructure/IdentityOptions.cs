using Safeguarding.Identity.Api.Model;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity.Api.Infrastructure;

public sealed class IdentityOptions
{
    /// <summary>The scope an agency system or front end asks for to call the Safeguarding APIs.</summary>
    public const string ApiScope = AuthenticationExtensions.ApiScope;

    /// <summary>The issuer written into tokens: the identity service's own address, as other services know it.</summary>
    public string? Issuer { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a person stays signed in to the identity service without signing in again.</summary>
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Agency systems (client credentials), registered on start when missing.</summary>
    public List<ClientRegistration> Clients { get; set; } = [];

    /// <summary>Front ends people sign in through (authorization code with PKCE), kept as configured.</summary>
    public List<SignInClient> SignInClients { get; set; } = [];

    /// <summary>People's accounts, created on start when missing (development seeding).</summary>
    public List<UserRegistration> Users { get; set; } = [];

    /// <summary>
    /// The platform's own services (name → secret), set by the app host: they obtain tokens for
    /// service-to-service calls and the gateway introspects callers' tokens with them.
    /// </summary>
    public Dictionary<string, string> ServiceClients { get; set; } = [];

    /// <summary>
    /// Operations tooling (name → secret), set by the app host: the dashboard's commands act with
    /// the operator role through these.
    /// </summary>
    public Dictionary<string, string> OperationsClients { get; set; } = [];
}
