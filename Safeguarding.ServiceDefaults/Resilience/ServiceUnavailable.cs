using Microsoft.AspNetCore.Http;

namespace Safeguarding.ServiceDefaults.Resilience;

/// <summary>
/// The one way this platform answers "try again shortly": <c>503</c> problem details with
/// <c>Retry-After</c>, saying what was unavailable and that the request changed nothing.
/// </summary>
public static class ServiceUnavailable
{
    public const int RetryAfterSeconds = 5;

    public static Task WriteAsync(HttpContext context, string detail)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(title: "Service unavailable", detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable)
            .ExecuteAsync(context);
    }
}
