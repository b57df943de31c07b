namespace Safeguarding.Web;

/// <summary>
/// Every answer forbids inline script and anything from outside the platform, framing, and
/// sniffing; pages that show a case are never stored by the browser or a proxy, so a case does not
/// come back from the browser's history after sign-out.
/// </summary>
public static class SecurityHeaders
{
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
                                  "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (!context.Request.Path.StartsWithSegments("/assets") && !context.Request.Path.StartsWithSegments("/css")
                && !context.Request.Path.StartsWithSegments("/js"))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next();
    }
}
