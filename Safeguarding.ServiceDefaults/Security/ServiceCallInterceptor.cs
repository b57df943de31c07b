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
    /// <summary>How long a call to another service may take when its caller sets no deadline.</summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(10);

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        if (context.Options.Deadline is null)
        {
            context = new(context.Method, context.Host, context.Options.WithDeadline(DateTime.UtcNow + deadline));
        }

        var first = continuation(request, context);
        AsyncUnaryCall<TResponse>? again = null;

        async Task<TResponse> RespondAsync()
        {
            try
            {
                return await first.ResponseAsync.ConfigureAwait(false);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Unauthenticated)
            {
                tokenRefused();
                again = continuation(request, context);
                return await again.ResponseAsync.ConfigureAwait(false);
            }
        }

        return new AsyncUnaryCall<TResponse>(RespondAsync(), first.ResponseHeadersAsync, () => (again ?? first).GetStatus(),
            () => (again ?? first).GetTrailers(), () =>
            {
                first.Dispose();
                again?.Dispose();
            });
    }
}
