using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Safeguarding.Identity.Api.Model;
using Safeguarding.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Identity.Api.Apis;

/// <summary>
/// The page people sign in on. A successful sign-in sets the identity service's own cookie and
/// returns to the authorization request that sent the person here; nothing else is reachable from it.
/// </summary>
public static class SignInPage
{
    /// <summary>The cookie scheme that remembers who signed in to the identity service.</summary>
    public const string Scheme = "Safeguarding.SignIn";

    public const string Path = "/account/sign-in";

    public static IEndpointRouteBuilder MapSignInPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Show).ExcludeFromDescription().AllowAnonymous();
        app.MapPost(Path, SignInAsync).ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        app.MapGet("/account/signed-in", () => Results.Content(IdentityPageLayout.Page("Signed in", "<h1>You are signed in</h1><p>Return to the application you came from.</p>"), "text/html"))
            .ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/account/signed-out", () => Results.Content(IdentityPageLayout.Page("Signed out", "<h1>You have signed out</h1>"), "text/html"))
            .ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    private static IResult Show(HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
        Form(context, antiforgery, LocalReturnUrl.IsLocal(returnUrl) ? returnUrl! : null, userName: "", error: null, StatusCodes.Status200OK);

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, UserManager<SafeguardingUser> users)
    {
        if (!context.Request.HasFormContentType)
        {
            return Results.Problem(title: "A sign-in form is expected", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Problem(title: "The sign-in form has expired",
                detail: "Open the sign-in page again and submit it from there.", statusCode: StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var userName = form["userName"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = form["returnUrl"].ToString();
        if (!LocalReturnUrl.IsLocal(returnUrl))
        {
            returnUrl = null;
        }

        if (userName.Length is 0 or > 256 || password.Length is 0 or > 512)
        {
            return Form(context, antiforgery, returnUrl, userName.Length > 256 ? "" : userName,
                "Enter your user name and password.", StatusCodes.Status400BadRequest);
        }

        var user = await users.FindByNameAsync(userName);
        if (user is null || await users.IsLockedOutAsync(user) || !await users.CheckPasswordAsync(user, password))
        {
            if (user is not null && !await users.IsLockedOutAsync(user))
            {
                await users.AccessFailedAsync(user);
            }

            // The same answer whether the account exists, is locked or the password is wrong.
            return Form(context, antiforgery, returnUrl, userName,
                "The user name or password is not right, or the account is locked.", StatusCodes.Status400BadRequest);
        }

        await users.ResetAccessFailedCountAsync(user);
        var identity = new ClaimsIdentity(Scheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Id));
        identity.AddClaim(new Claim(Claims.Name, user.DisplayName));
        await context.SignInAsync(Scheme, new ClaimsPrincipal(identity));
        return Results.Redirect(returnUrl ?? "/account/signed-in");
    }

    private static IResult Form(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string userName, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var html = HtmlEncoder.Default;
        var body = $"""
            <h1>Sign in to Safeguarding</h1>
            {(error is null ? "" : $"<div class=\"error\" role=\"alert\"><p>{html.Encode(error)}</p></div>")}
            <form method="post" action="{Path}">
              <input type="hidden" name="{html.Encode(tokens.FormFieldName)}" value="{html.Encode(tokens.RequestToken ?? "")}">
              <input type="hidden" name="returnUrl" value="{html.Encode(returnUrl ?? "")}">
              <label for="userName">User name</label>
              <input id="userName" name="userName" type="text" autocomplete="username" value="{html.Encode(userName)}" required>
              <label for="password">Password</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required>
              <button type="submit">Sign in</button>
            </form>
            <p>This system holds information about children who have died or been seriously harmed.
            Use it only for your work on the partnership's case reviews; every read of a child's details is recorded.</p>
            """;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Frame-Options"] = "DENY";
        return Results.Content(IdentityPageLayout.Page("Sign in", body), "text/html", statusCode: status);
    }
}
