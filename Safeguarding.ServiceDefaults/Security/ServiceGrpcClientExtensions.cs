using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Safeguarding.ServiceDefaults.Security;

public static class ServiceGrpcClientExtensions
{
    /// <summary>
    /// A gRPC client of another platform service, at its <c>grpc</c> endpoint by service discovery
    /// (<c>services:&lt;service&gt;:grpc:0</c>); every call carries this service's own token, over
    /// plain HTTP/2 on loopback, with a deadline of <see cref="ServiceCallInterceptor.DefaultDeadline"/>
    /// unless the call sets its own, and once more with a new token should its token be refused.
    /// </summary>
    public static IHttpClientBuilder AddServiceGrpcClient<TClient>(this IHostApplicationBuilder builder, string service) where TClient : class
    {
        builder.AddServiceTokens();
        return builder.Services.AddGrpcClient<TClient>(o => o.Address = new Uri($"http://_grpc.{service}"))
            .AddCallCredentials(async (_, metadata, services) =>
                metadata.Add("Authorization", "Bearer " + await services.GetRequiredService<ServiceTokens>().GetAsync(CancellationToken.None)))
            .AddInterceptor(services => new ServiceCallInterceptor(ServiceCallInterceptor.DefaultDeadline, services.GetRequiredService<ServiceTokens>().Forget))
            .ConfigureChannel(channel => channel.UnsafeUseInsecureChannelCallCredentials = true);
    }
}
