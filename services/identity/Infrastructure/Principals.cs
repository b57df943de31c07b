using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using Safeguarding.Identity.Api.Model;
using Safeguarding.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Identity.Api.Infrastructure;

/// <summary>Builds the identity a token is issued for: who, for which partnership and agency, in which roles.</summary>
internal static class Principals
{
    /// <summary>Scopes a token may carry; anything else asked for is dropped.</summary>
    public static readonly IReadOnlySet<string> GrantableScopes = new HashSet<string>(StringComparer.Ordinal)
    {
        Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess, IdentityOptions.ApiScope,
    };

    public static ClaimsPrincipal ForPerson(SafeguardingUser user, IEnumerable<string> requestedScopes) =>
        Build(user.Id, user.DisplayName, user.UserName, user.Partnership, user.Agency, user.Roles, requestedScopes);

    public static ClaimsPrincipal ForClient(string clientId, string? displayName, IReadOnlyDictionary<string, JsonElement> properties,
        IEnumerable<string> requestedScopes) =>
        Build(clientId, displayName, userName: null, Text(properties, ClaimNames.Partnership), Text(properties, ClaimNames.Agency),
            properties.TryGetValue(Claims.Role, out var roles) ? [.. roles.EnumerateArray().Select(r => r.GetString()!)] : [],
            requestedScopes);

    private static ClaimsPrincipal Build(string subject, string? name, string? userName, string? partnership, string? agency,
        IReadOnlyCollection<string> roles, IEnumerable<string> requestedScopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject);
        identity.SetClaim(Claims.Name, name);
        identity.SetClaim(Claims.PreferredUsername, userName);
        identity.SetClaim(ClaimNames.Partnership, partnership is { Length: > 0 } ? partnership : null);
        identity.SetClaim(ClaimNames.Agency, agency is { Length: > 0 } ? agency : null);
        identity.SetClaims(Claims.Role, [.. roles]);
        identity.SetScopes(requestedScopes.Where(GrantableScopes.Contains));
        identity.SetAudiences(AuthenticationExtensions.Audience);
        // Everything goes in the access token; a front end also sees who signed in (identity token)
        // when it asked for the profile scope.
        var profile = identity.HasScope(Scopes.Profile);
        identity.SetDestinations(claim => claim.Type == Claims.Subject || profile
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    private static string? Text(IReadOnlyDictionary<string, JsonElement> properties, string name) =>
        properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
