using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Safeguarding.ServiceDefaults.Security;

/// <summary>
/// What every call to another service's gRPC API gets: a deadline when the caller set none, so that
/// a service that accepts the call but never answers cannot hold the caller (a consumer, a request)
/// for ever; and, when the token it carried is refused (<see cref="StatusCode.Unauthenticated"/>:
/// expired early, issued before the clock moved, or by a key that has since changed), one more try
/// with a new token, after <paramref name="tokenRefused"/> drops the one it has.
/// </summary>
public sealed class ServiceCallInterceptor(TimeSpan deadline, Action tokenRefused) : Interceptor
{
    /// <summary>
    /// How long a call to another service may take when its caller sets no deadline: past the HTTP
    /// client's own limits (10 s an attempt, 30 s in all, with retries of a refused connection), so
    /// that those decide what a slow or absent server is, and this only bounds a call that has had
    /// its answer's headers and then hangs.
    /// </summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(35);

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        if (context.Options.Deadline is null)
        {
            context = new(context.Method, context.Host, context.Options.WithDeadline(DateTime.UtcNow + deadline));
        }

        var first = continuation(request, context);
        AsyncUnaryCall<TResponse>? again = null;
        var disposed = false;

        async Task<TResponse> RespondAsync()
        {
            try
            {
                return await first.ResponseAsync.ConfigureAwait(false);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Unauthenticated && !Volatile.Read(ref disposed))
            {
                tokenRefused();
                again = continuation(request, context);
                return await again.ResponseAsync.ConfigureAwait(false);
            }
        }

        var response = RespondAsync();

        // The headers of whichever call answers: the second, when the first's token was refused.
        async Task<Metadata> HeadersAsync()
        {
            try
            {
                return await first.ResponseHeadersAsync.ConfigureAwait(false);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Unauthenticated)
            {
                await response.ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
                return await (again ?? first).ResponseHeadersAsync.ConfigureAwait(false);
            }
        }

        return new AsyncUnaryCall<TResponse>(response, HeadersAsync(), () => (again ?? first).GetStatus(), () => (again ?? first).GetTrailers(), () =>
        {
            Volatile.Write(ref disposed, true);
            first.Dispose();
            again?.Dispose();
        });
    }
}
