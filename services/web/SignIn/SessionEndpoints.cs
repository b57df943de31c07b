using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Safeguarding.Web.SignIn;

/// <summary>
/// What a page's script asks about the person's session: how long it has left (asking does not
/// extend it), and to keep it going when the person chooses to stay signed in.
/// </summary>
public static class SessionEndpoints
{
    public const string StatusPath = "/session/status";

    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(StatusPath, async (HttpContext context, TimeProvider time) =>
        {
            var session = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            var left = session.Succeeded && session.Properties?.ExpiresUtc is { } expires ? Math.Max(0, (int)(expires - time.GetUtcNow()).TotalSeconds) : 0;
            return Results.Json(new { secondsLeft = left });
        }).AllowAnonymous();
        // Any signed-in request renews the session; this one does nothing else.
        app.MapPost("/session/keep-alive", () => Results.NoContent()).RequireAuthorization();
        return app;
    }
}
