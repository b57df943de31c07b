using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Safeguarding.Identity.Api.Infrastructure;
using Safeguarding.Identity.Api.Model;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Identity.Api.Apis;

/// <summary>
/// Where a front end sends a person to sign in (authorization code with PKCE) and to sign out.
/// OpenIddict validates the request (client, redirect address, PKCE challenge) before these run.
/// </summary>
public static class AuthorizationEndpoints
{
    public static IEndpointRouteBuilder MapAuthorizationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync)
            .ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionAsync)
            .ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, UserManager<SafeguardingUser> users)
    {
        var request = context.GetOpenIddictServerRequest()
                      ?? throw new InvalidOperationException("The OpenIddict server request is missing.");
        var signedIn = await context.AuthenticateAsync(SignInPage.Scheme);
        var user = signedIn.Succeeded && signedIn.Principal?.GetClaim(Claims.Subject) is { } subject
            ? await users.FindByIdAsync(subject)
            : null;
        // prompt=login (the web front end after a session ends): the person types their password
        // again, even while signed in here; the sign-in page then returns to the same request without it.
        var returnQuery = context.Request.QueryString;
        if (request.HasPromptValue(PromptValues.Login))
        {
            await context.SignOutAsync(SignInPage.Scheme);
            user = null;
            returnQuery = QueryString.Create(context.Request.Query.Where(p => p.Key != Parameters.Prompt));
        }
        if (user is null || await users.IsLockedOutAsync(user))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return TokenEndpoint.Forbid(Errors.LoginRequired, "The person is not signed in.");
            }

            // To the sign-in page, and back here afterwards with the same request.
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + returnQuery },
                [SignInPage.Scheme]);
        }

        return Results.SignIn(Principals.ForPerson(user, request.GetScopes()),
            authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(SignInPage.Scheme);
        // OpenIddict sends the person back to the post-logout address when the client registered it.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/account/signed-out" },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
