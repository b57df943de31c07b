using System.Text.Json;
using OpenIddict.Abstractions;
using Safeguarding.Identity.Api.Model;
using Safeguarding.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Identity.Api.Infrastructure;

/// <summary>What each kind of client may do at the identity service.</summary>
internal static class ClientDescriptors
{
    /// <summary>An agency system: client credentials, for one partnership and agency, in the given roles.</summary>
    public static OpenIddictApplicationDescriptor ForAgencySystem(ClientRegistration client)
    {
        var unknown = client.Roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0 || client.Roles.Count == 0)
        {
            throw new InvalidOperationException($"Client {client.ClientId} needs roles from: {string.Join(", ", Roles.All)}.");
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = client.DisplayName,
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + IdentityOptions.ApiScope,
            },
        };
        Describe(descriptor, client.Partnership, client.Agency, client.Roles);
        return descriptor;
    }

    /// <summary>A front end people sign in through: public, authorization code with PKCE, refresh tokens.</summary>
    public static OpenIddictApplicationDescriptor ForSignIn(SignInClient client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = client.DisplayName,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Prefixes.Scope + Scopes.OfflineAccess,
                Permissions.Prefixes.Scope + IdentityOptions.ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        descriptor.RedirectUris.UnionWith(client.RedirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(client.PostLogoutRedirectUris);
        return descriptor;
    }

    /// <summary>
    /// One of the platform's own services: client credentials for service-to-service calls, and
    /// introspection so the gateway can ask whether a caller's token is still good.
    /// </summary>
    public static OpenIddictApplicationDescriptor ForService(string clientId, string secret) =>
        Platform(clientId, secret, $"Safeguarding platform: {clientId}", "Safeguarding platform", Roles.PlatformService, Permissions.Endpoints.Introspection);

    /// <summary>Operations tooling (the app host's dashboard commands): client credentials, the operator role, no partnership.</summary>
    public static OpenIddictApplicationDescriptor ForOperations(string clientId, string secret) =>
        Platform(clientId, secret, $"Safeguarding operations: {clientId}", "Safeguarding platform operations", Roles.Operator);

    /// <summary>A confidential client of the platform itself, set by the app host: client credentials, no partnership.</summary>
    private static OpenIddictApplicationDescriptor Platform(string clientId, string secret, string displayName, string agency, string role,
        params string[] permissions)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName,
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + IdentityOptions.ApiScope,
            },
        };
        descriptor.Permissions.UnionWith(permissions);
        Describe(descriptor, partnership: null, agency, [role]);
        return descriptor;
    }

    private static void Describe(OpenIddictApplicationDescriptor descriptor, string? partnership, string agency, IEnumerable<string> roles)
    {
        descriptor.Properties[ClaimNames.Partnership] = JsonSerializer.SerializeToElement(partnership ?? "");
        descriptor.Properties[ClaimNames.Agency] = JsonSerializer.SerializeToElement(agency);
        descriptor.Properties[Claims.Role] = JsonSerializer.SerializeToElement(roles.ToList());
    }
}
