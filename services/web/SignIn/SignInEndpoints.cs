using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using OpenIddict.Client.AspNetCore;
using Safeguarding.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;
using Tokens = OpenIddict.Client.AspNetCore.OpenIddictClientAspNetCoreConstants.Tokens;

namespace Safeguarding.Web.SignIn;

/// <summary>Signing in at the identity service, and the returns from it after signing in and out (see Pages/SignOut).</summary>
public static class SignInEndpoints
{
    public const string SignInPath = "/sign-in";
    public const string CallbackPath = "/signin-callback";
    public const string SignedOutCallbackPath = "/signout-callback";

    /// <summary>What a session keeps of the identity service's answer: the claims pages need, and the tokens.</summary>
    private static readonly string[] KeptClaims = ["sub", "name", ClaimNames.Partnership, ClaimNames.Agency, ClaimNames.Role];

    private static readonly string[] KeptTokens = [Tokens.BackchannelAccessToken, Tokens.BackchannelAccessTokenExpirationDate, Tokens.BackchannelIdentityToken, Tokens.RefreshToken];

    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        // Always with the password: a session here ends after its idle time or at sign-out, and the
        // identity service's own sign-in must not start a new one unseen.
        app.MapGet(SignInPath, (string? returnUrl) => Results.Challenge(
            new AuthenticationProperties(new Dictionary<string, string?>(), new Dictionary<string, object?> { [Parameters.Prompt] = PromptValues.Login })
            {
                RedirectUri = LocalReturnUrl.IsLocal(returnUrl) ? returnUrl : "/",
            },
            [OpenIddictClientAspNetCoreDefaults.AuthenticationScheme])).AllowAnonymous();
        app.MapMethods(CallbackPath, [HttpMethods.Get, HttpMethods.Post], (Delegate)CompleteSignInAsync).AllowAnonymous().DisableAntiforgery();
        app.MapMethods(SignedOutCallbackPath, [HttpMethods.Get, HttpMethods.Post], (Delegate)(async (HttpContext context) =>
        {
            await context.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
            return Results.Redirect("/signed-out");
        })).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> CompleteSignInAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        if (result.Principal is not { Identity.IsAuthenticated: true } signedIn)
        {
            return Results.Redirect("/problem/401");
        }

        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, "name", ClaimNames.Role);
        identity.AddClaims(signedIn.Claims.Where(c => KeptClaims.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value)));
        var properties = new AuthenticationProperties { RedirectUri = LocalReturnUrl.IsLocal(result.Properties?.RedirectUri) ? result.Properties!.RedirectUri : "/" };
        properties.StoreTokens(result.Properties!.GetTokens().Where(t => KeptTokens.Contains(t.Name)));
        return Results.SignIn(new ClaimsPrincipal(identity), properties, CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
