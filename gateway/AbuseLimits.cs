using System.Security.Claims;
using System.Threading.RateLimiting;

namespace Safeguarding.Gateway;

/// <summary>
/// Limits at the door: requests per caller per window (the person or system the token names, or
/// the address of an anonymous caller) and the size of a request body. Both answer with problem details.
/// </summary>
public static class AbuseLimits
{
    public const string PerClientPolicy = "per-client";

    public sealed class Options
    {
        public int PermitLimit { get; set; } = 600;

        public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>Largest request body accepted, in bytes (a notification is a few kilobytes).</summary>
        public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

        /// <summary>Largest upload, in bytes: a document (at most 10 MB) with its form around it.</summary>
        public long MaxUploadBodyBytes { get; set; } = 10 * 1024 * 1024 + 64 * 1024;
    }

    public static IServiceCollection AddAbuseLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Gateway:Limits").Get<Options>() ?? new Options();
        services.AddSingleton(options);
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PerClientPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientKey(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitLimit, Window = options.Window, QueueLimit = 0 }));
            limiter.OnRejected = async (rejected, ct) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Window;
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                await Results.Problem(
                    title: "Too many requests",
                    detail: $"This client may make {options.PermitLimit} requests every {options.Window.TotalSeconds:F0} seconds. Retry after the time in Retry-After.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(rejected.HttpContext);
            };
        });
        return services;
    }

    /// <summary>Refuses a declared body over the limit before it is read or forwarded.</summary>
    public static async Task RefuseLargeBodies(HttpContext context, Func<Task> next)
    {
        var options = context.RequestServices.GetRequiredService<Options>();
        var limit = IsUpload(context.Request) ? options.MaxUploadBodyBytes : options.MaxRequestBodyBytes;
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            await Results.Problem(
                title: "Request body too large",
                detail: $"Request bodies are limited to {limit} bytes.",
                statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
            return;
        }

        await next();
    }

    /// <summary>A document upload (a meeting paper, an action's evidence): a multipart form; each service sets its own limit within this one.</summary>
    private static bool IsUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// Who is counted: the person or agency system the token names (<c>sub</c>), so people signed
    /// in through the same front end each have their own limit; then the client; then the address
    /// of an anonymous caller.
    /// </summary>
    private static string ClientKey(HttpContext context) =>
        (context.User.FindFirstValue("sub") is { } subject ? "sub:" + subject : null)
        ?? (context.User.FindFirstValue("client_id") is { } client ? "client:" + client : null)
        ?? "address:" + context.Connection.RemoteIpAddress;
}
