using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

[Collection(SystemCollection.Name)]
public sealed class FirstFlowTests(SystemFixture system)
{
    private HttpClient Gateway => system.Gateway;

    [Fact]
    public async Task Notification_through_the_gateway_opens_a_rapid_review_with_due_dates_across_christmas()
    {
        // Today is Wednesday 23 December 2026; the authority became aware on Tuesday 22 December.
        var notification = await Notifications.NotifyAsync(Gateway, Notifications.Valid("2026-12-22"));

        // 23, 24, 29, 30, 31 December: 25 and 28 December are bank holidays.
        Assert.Equal("2026-12-31", notification.GetProperty("notificationDueOn").GetString());
        Assert.Equal("2026-12-23", notification.GetProperty("notifiedOn").GetString());
        Assert.False(notification.GetProperty("madeLate").GetBoolean());

        var id = notification.GetProperty("id").GetString()!;
        var stored = await Gateway.GetFromJsonAsync<JsonElement>($"/api/notifications/{id}");
        Assert.Equal("serious-harm", stored.GetProperty("nature").GetString());

        var reviews = await Eventually.GetAsync(async () =>
        {
            var found = await Notifications.RapidReviewsForAsync(Gateway, id);
            return found.Length > 0 ? found : null;
        }, TimeSpan.FromSeconds(30), "the rapid review to open");
        var review = Assert.Single(reviews);

        // 15 working days from 23 December 2026, skipping 25 and 28 December and 1 January.
        Assert.Equal("2027-01-18", review.GetProperty("dueOn").GetString());
        Assert.Equal("Northshire County Council", review.GetProperty("localAuthority").GetString());
        Assert.Equal("open", review.GetProperty("status").GetString());
        var milestones = review.GetProperty("milestones").EnumerateArray()
            .ToDictionary(m => m.GetProperty("day").GetInt32(), m => m.GetProperty("dueOn").GetString());
        Assert.Equal(new Dictionary<int, string?>
        {
            [1] = "2026-12-24", [10] = "2027-01-11", [12] = "2027-01-13", [14] = "2027-01-15", [15] = "2027-01-18",
        }, milestones);

        var byId = await Gateway.GetFromJsonAsync<JsonElement>($"/api/rapid-reviews/{review.GetProperty("id").GetString()}");
        Assert.Equal(id, byId.GetProperty("notificationId").GetString());
    }

    [Fact]
    public async Task Late_notification_needs_a_reason_and_is_flagged_late()
    {
        // Aware on 1 December: due 8 December, so on 23 December the notification is late.
        using var refused = await Gateway.PostAsJsonAsync("/api/notifications", Notifications.Valid("2026-12-01"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("lateReason", out _));

        var accepted = await Notifications.NotifyAsync(Gateway, Notifications.Valid("2026-12-01", lateReason: "Awareness was recorded late."));
        Assert.True(accepted.GetProperty("madeLate").GetBoolean());
        Assert.Equal("2026-12-08", accepted.GetProperty("notificationDueOn").GetString());
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems_and_malformed_ids_are_400()
    {
        using var missing = await Gateway.GetAsync($"/api/notifications/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        using var missingReview = await Gateway.GetAsync($"/api/rapid-reviews/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missingReview.StatusCode);

        // Rapid reviews are named by UUIDs: any other address is not one.
        using var malformed = await Gateway.GetAsync("/api/rapid-reviews/not-a-uuid");
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);

        using var badFilter = await Gateway.GetAsync("/api/rapid-reviews?notificationId=42");
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        Assert.True((await badFilter.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("notificationId", out _));
        using var badPage = await Gateway.GetAsync("/api/rapid-reviews?pageSize=100000");
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.True((await badPage.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("pageSize", out _));
    }
}
