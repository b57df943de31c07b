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

    /// <summary>
    /// For a document the platform renders with its own inline styles (the printable yearly report):
    /// its styles and drawn charts, and nothing else at all: no script, no requests, no forms.
    /// </summary>
    public const string DocumentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private const string PolicyKey = "Safeguarding.ContentSecurityPolicy";

    /// <summary>Gives this answer <see cref="DocumentPolicy"/> instead of the pages' policy.</summary>
    public static void UseDocumentPolicy(HttpContext context) => context.Items[PolicyKey] = DocumentPolicy;

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Items[PolicyKey] as string ?? Policy;
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
