using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using OpenIddict.Abstractions;
using OpenIddict.Client;
using static OpenIddict.Client.AspNetCore.OpenIddictClientAspNetCoreConstants;

namespace Safeguarding.Web.SignIn;

/// <summary>
/// Renews a session's access token with its refresh token shortly before it expires, so a person
/// at work is not sent back to sign in every half hour. A refresh the identity service refuses (the
/// person was removed, or signed out everywhere) ends the session.
/// </summary>
public sealed class TokenRefresh(OpenIddictClientService client, TimeProvider time, ILogger<TokenRefresh> logger)
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    public async Task KeepFreshAsync(CookieValidatePrincipalContext context)
    {
        var expires = context.Properties.GetTokenValue(Tokens.BackchannelAccessTokenExpirationDate);
        if (expires is null || !DateTimeOffset.TryParse(expires, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expiresAt)
            || expiresAt - time.GetUtcNow() > Margin)
        {
            return;
        }

        if (context.Properties.GetTokenValue(Tokens.RefreshToken) is not { Length: > 0 } refreshToken)
        {
            await EndAsync(context);
            return;
        }

        try
        {
            var renewed = await client.AuthenticateWithRefreshTokenAsync(new() { RefreshToken = refreshToken, CancellationToken = context.HttpContext.RequestAborted });
            context.Properties.UpdateTokenValue(Tokens.BackchannelAccessToken, renewed.AccessToken);
            context.Properties.UpdateTokenValue(Tokens.BackchannelAccessTokenExpirationDate,
                (renewed.AccessTokenExpirationDate ?? time.GetUtcNow().AddMinutes(5)).ToString("o", CultureInfo.InvariantCulture));
            if (renewed.RefreshToken is { Length: > 0 } next)
            {
                context.Properties.UpdateTokenValue(Tokens.RefreshToken, next);
            }

            if (renewed.IdentityToken is { Length: > 0 } identity)
            {
                context.Properties.UpdateTokenValue(Tokens.BackchannelIdentityToken, identity);
            }

            context.ShouldRenew = true;
        }
        // Only a refusal of the grant ends the session; while the identity service is unavailable
        // the current token is used until it expires, and the platform answers 503 after that.
        catch (OpenIddictExceptions.ProtocolException refused) when (refused.Error == OpenIddictConstants.Errors.InvalidGrant)
        {
            logger.LogInformation("A session's refresh was refused ({Error}); the person signs in again.", refused.Error);
            await EndAsync(context);
        }
    }

    private static async Task EndAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
