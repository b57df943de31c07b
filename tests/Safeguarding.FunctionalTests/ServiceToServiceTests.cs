using Grpc.Core;
using Grpc.Net.Client;
using Safeguarding.Contracts.Notifications.V1;

namespace Safeguarding.FunctionalTests;

/// <summary>The internal gRPC queries answer only the platform's own services, which present their own tokens.</summary>
[Collection(SystemCollection.Name)]
public sealed class ServiceToServiceTests(SystemFixture system)
{
    [Fact]
    public async Task Notification_queries_refuse_callers_without_a_service_token()
    {
        using var channel = GrpcChannel.ForAddress(system.App.GetEndpoint("notification", "grpc"),
            new GrpcChannelOptions { UnsafeUseInsecureChannelCallCredentials = true });
        var client = new NotificationQueries.NotificationQueriesClient(channel);
        var request = new GetNotificationRequest { NotificationId = Guid.NewGuid().ToString() };

        var anonymous = await Assert.ThrowsAsync<RpcException>(() => client.GetNotificationAsync(request).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);

        // An agency system's token is genuine, but it is not one of the platform's services.
        var agency = new Metadata { { "Authorization", "Bearer " + await Tokens.GetAsync(system.Anonymous, "operator-console") } };
        var refused = await Assert.ThrowsAsync<RpcException>(() => client.GetNotificationAsync(request, agency).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }
}
