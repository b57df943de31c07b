using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Safeguarding.ServiceDefaults.Resilience;

/// <summary>
/// Gives a gRPC caller <see cref="StatusCode.Unavailable"/> when a call failed because a server it
/// needs is down, so that the caller treats it as passing rather than as an error of its own.
/// </summary>
internal sealed class ServerUnavailableInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ex is not RpcException && TransientFailure.IsTransient(ex))
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "A server this service depends on is unavailable; retry shortly."));
        }
    }
}
