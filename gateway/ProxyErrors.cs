using Safeguarding.ServiceDefaults.Resilience;

namespace Safeguarding.Gateway;

/// <summary>
/// Turns a failure to reach a service into a 503 problem-details answer with Retry-After, so callers
/// know to try again rather than seeing a bare 502.
/// </summary>
public static class ProxyErrors
{
    public static async Task AsServiceUnavailable(HttpContext context, Func<Task> next)
    {
        await next();
        var error = context.GetForwarderErrorFeature();
        if (error is null || context.Response.HasStarted)
        {
            return;
        }

        if (error.Exception?.InnerException is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
            || error.Exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            // A body without a declared length that outgrew the limit while being forwarded.
            context.Response.Clear();
            await Results.Problem(title: "Request body too large", statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
            return;
        }

        var service = context.GetReverseProxyFeature().Cluster.Config.ClusterId;
        await ServiceUnavailable.WriteAsync(context,
            $"The {service} service could not be reached ({error.Error}). Nothing was changed by this request; retry shortly.");
    }
}
