using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Safeguarding.ServiceDefaults.Resilience;

/// <summary>
/// Answers a request that failed because a server it needs is down with <c>503</c> and
/// <c>Retry-After</c>, as problem details, instead of a <c>500</c>. Nothing the request asked for was
/// saved: the transaction it ran in was never committed.
/// </summary>
internal sealed partial class ServerUnavailableHandler(ILogger<ServerUnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!TransientFailure.IsTransient(exception) || context.Response.HasStarted)
        {
            return false;
        }

        var what = TransientFailure.IsDatabase(exception) ? "database" : "a server this service depends on";
        LogUnavailable(logger, what, exception.GetType().Name);
        await ServiceUnavailable.WriteAsync(context, $"The {what} is unavailable. Nothing was changed by this request; retry after the time in Retry-After.");
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request answered 503: the {What} is unavailable ({Error})")]
    private static partial void LogUnavailable(ILogger logger, string what, string error);
}
