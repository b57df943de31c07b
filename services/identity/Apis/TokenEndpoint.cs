using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Safeguarding.Identity.Api.Infrastructure;
using Safeguarding.Identity.Api.Model;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Identity.Api.Apis;

public static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", ExchangeAsync).ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        return app;
    }

    /// <summary>
    /// Issues tokens. OpenIddict has already authenticated the client, checked its permissions and,
    /// for codes and refresh tokens, PKCE and expiry; this decides who the token speaks for.
    /// </summary>
    private static async Task<IResult> ExchangeAsync(HttpContext context, IOpenIddictApplicationManager applications,
        UserManager<SafeguardingUser> users)
    {
        var request = context.GetOpenIddictServerRequest()
                      ?? throw new InvalidOperationException("The OpenIddict server request is missing.");
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted);
            if (application is null)
            {
                return Forbid(Errors.InvalidClient, "The client is not registered.");
            }

            var principal = Principals.ForClient(
                (await applications.GetClientIdAsync(application, context.RequestAborted))!,
                await applications.GetDisplayNameAsync(application, context.RequestAborted),
                await applications.GetPropertiesAsync(application, context.RequestAborted),
                request.GetScopes());
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The person is read again, so that a removed or locked account gets no further tokens.
            var granted = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = granted.Principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
            if (user is null || await users.IsLockedOutAsync(user))
            {
                return Forbid(Errors.InvalidGrant, "The account is no longer active.");
            }

            return Results.SignIn(Principals.ForPerson(user, granted.Principal!.GetScopes()),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Forbid(Errors.UnsupportedGrantType, "The grant type is not served here.");
    }

    internal static IResult Forbid(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
