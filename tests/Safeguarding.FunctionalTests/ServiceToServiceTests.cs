using System.Net.Http.Json;
using System.Text.Json;
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

        // A case's identifying details go to the publication service's anonymisation check and to no other service.
        var rapidReview = new Metadata { { "Authorization", "Bearer " + await ServiceTokenAsync("rapid-review") } };
        Assert.Equal(StatusCode.PermissionDenied,
            (await Assert.ThrowsAsync<RpcException>(() => client.GetCaseIdentifiersAsync(request, rapidReview).ResponseAsync)).StatusCode);
        var publication = new Metadata { { "Authorization", "Bearer " + await ServiceTokenAsync("publication") } };
        Assert.Equal(StatusCode.NotFound,
            (await Assert.ThrowsAsync<RpcException>(() => client.GetCaseIdentifiersAsync(request, publication).ResponseAsync)).StatusCode);
        // So does the national form with its children, for the national bodies' feeds.
        Assert.Equal(StatusCode.PermissionDenied,
            (await Assert.ThrowsAsync<RpcException>(() => client.GetNationalNotificationAsync(request, rapidReview).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.NotFound,
            (await Assert.ThrowsAsync<RpcException>(() => client.GetNationalNotificationAsync(request, publication).ResponseAsync)).StatusCode);
    }

    private async Task<string> ServiceTokenAsync(string service) =>
        await Tokens.GetAsync(system.Anonymous, service, (await system.App.GetEnvironmentAsync(service))["Identity__ClientSecret"]);

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

    [Fact]
    public async Task Action_plan_queries_answer_a_platform_service_and_refuse_anyone_else()
    {
        using var channel = GrpcChannel.ForAddress(system.App.GetEndpoint("learning-action", "grpc"),
            new GrpcChannelOptions { UnsafeUseInsecureChannelCallCredentials = true });
        var client = new Safeguarding.Contracts.Actions.V1.ActionPlanQueries.ActionPlanQueriesClient(channel);
        var request = new Safeguarding.Contracts.Actions.V1.GetReviewActionsRequest { ReviewId = Guid.NewGuid().ToString() };

        Assert.Equal(StatusCode.Unauthenticated, (await Assert.ThrowsAsync<RpcException>(() => client.GetReviewActionsAsync(request).ResponseAsync)).StatusCode);
        var agency = new Metadata { { "Authorization", "Bearer " + await Tokens.GetAsync(system.Anonymous, "northshire-business-unit") } };
        Assert.Equal(StatusCode.PermissionDenied,
            (await Assert.ThrowsAsync<RpcException>(() => client.GetReviewActionsAsync(request, agency).ResponseAsync)).StatusCode);

        var secret = (await system.App.GetEnvironmentAsync("rapid-review"))["Identity__ClientSecret"];
        var service = new Metadata { { "Authorization", "Bearer " + await Tokens.GetAsync(system.Anonymous, "rapid-review", secret) } };
        var none = await client.GetReviewActionsAsync(request, service);
        Assert.Equal((0, 0), (none.PlanEntries, none.Actions.Count));
        Assert.Equal(StatusCode.InvalidArgument, (await Assert.ThrowsAsync<RpcException>(() =>
            client.GetReviewActionsAsync(new Safeguarding.Contracts.Actions.V1.GetReviewActionsRequest { ReviewId = "R1" }, service).ResponseAsync)).StatusCode);

        // A review whose report was accepted: its two plan entries, then an action for one of them.
        var reviewId = await ReviewJourney.AcceptedReviewAsync(system);
        var withEntries = new Safeguarding.Contracts.Actions.V1.GetReviewActionsRequest { ReviewId = reviewId };
        await Eventually.TrueAsync(async () => (await client.GetReviewActionsAsync(withEntries, service)).PlanEntries == 2, TimeSpan.FromSeconds(30), "the plan entries");
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        var entry = (await businessUnit.GetFromJsonAsync<JsonElement>($"/api/learning-actions/plan?reviewId={reviewId}")).GetProperty("items")[0];
        (await businessUnit.PostAsJsonAsync("/api/learning-actions", new
        {
            recommendationId = entry.GetProperty("id").GetString(), leadAgency = "Northshire Police", description = "d", successMeasure = "m", dueOn = "2027-03-31",
        })).EnsureSuccessStatusCode();
        var actions = await client.GetReviewActionsAsync(withEntries, service);
        Assert.Equal((1, "not-started", "Northshire Police"), (actions.NotStarted, actions.Actions.Single().Status, actions.Actions.Single().LeadAgency));
        Assert.Equal(entry.GetProperty("code").GetString(), actions.Actions.Single().Recommendation);

        var themes = await client.GetThemeCountsAsync(new Safeguarding.Contracts.Actions.V1.GetThemeCountsRequest { Partnership = "northshire" }, service);
        Assert.True(themes.Themes.Single(t => t.Theme == "information-sharing").Reviews >= 1);
        Assert.Equal(StatusCode.InvalidArgument, (await Assert.ThrowsAsync<RpcException>(() => client.GetThemeCountsAsync(
            new Safeguarding.Contracts.Actions.V1.GetThemeCountsRequest { Partnership = "northshire", From = "last year" }, service).ResponseAsync)).StatusCode);
    }
}
