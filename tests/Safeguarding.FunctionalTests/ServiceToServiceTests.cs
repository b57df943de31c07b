using Safeguarding.Testing;
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

    [Fact]
    public async Task Review_queries_answer_a_platform_service_and_refuse_anyone_else()
    {
        using var channel = GrpcChannel.ForAddress(system.App.GetEndpoint("rapid-review", "grpc"),
            new GrpcChannelOptions { UnsafeUseInsecureChannelCallCredentials = true });
        var client = new Safeguarding.Contracts.Reviews.V1.ReviewQueries.ReviewQueriesClient(channel);
        var request = new Safeguarding.Contracts.Reviews.V1.GetReviewRequest { ReviewId = Guid.NewGuid().ToString() };

        var anonymous = await Assert.ThrowsAsync<RpcException>(() => client.GetReviewAsync(request).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
        var agency = new Metadata { { "Authorization", "Bearer " + await Tokens.GetAsync(system.Anonymous, "northshire-chair") } };
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() => client.GetReviewAsync(request, agency).ResponseAsync)).StatusCode);

        // A platform service (here with the rapid-review service's own credentials, as the app host issued them).
        var secret = (await system.App.GetEnvironmentAsync("rapid-review"))["Identity__ClientSecret"];
        var service = new Metadata { { "Authorization", "Bearer " + await Tokens.GetAsync(system.Anonymous, "rapid-review", secret) } };
        var missing = await Assert.ThrowsAsync<RpcException>(() => client.GetReviewAsync(request, service).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        var malformed = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetReviewAsync(new Safeguarding.Contracts.Reviews.V1.GetReviewRequest { ReviewId = "R1" }, service).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
    }
}
