using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

[Collection(SystemCollection.Name)]
public sealed class ResilienceTests(SystemFixture system)
{
    [Fact]
    public async Task Killing_rapid_review_while_notifications_arrive_loses_and_duplicates_none()
    {
        const int count = 40;
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            if (i == count / 4)
            {
                // A crash (SIGKILL) in the middle of the stream; the app host restarts the service.
                await system.App.KillAsync("rapid-review");
            }

            var notification = await Notifications.NotifyAsync(system.Gateway, Notifications.Valid());
            ids.Add(notification.GetProperty("id").GetString()!);
        }

        await Eventually.TrueAsync(async () => await system.App.RestartsAsync("rapid-review") >= 1, TimeSpan.FromSeconds(30),
            "the app host to start rapid-review again");
        await system.App.WaitUntilHealthyAsync("rapid-review");

        foreach (var id in ids)
        {
            var reviews = await Eventually.GetAsync(async () =>
            {
                var found = await Notifications.RapidReviewsForAsync(system.Gateway, id);
                return found.Length > 0 ? found : null;
            }, TimeSpan.FromSeconds(60), $"the rapid review of notification {id}");
            Assert.Single(reviews);
        }
    }

    [Fact]
    public async Task Every_service_document_and_the_reference_page_are_reachable_through_the_gateway()
    {
        foreach (var service in new[] { "notification", "rapid-review", "learning-action", "publication" })
        {
            var document = await system.Gateway.GetFromJsonAsync<JsonElement>($"/openapi/{service}.json");
            Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        }

        var notificationDocument = await system.Gateway.GetFromJsonAsync<JsonElement>("/openapi/notification.json");
        Assert.True(notificationDocument.GetProperty("paths").TryGetProperty("/api/notifications", out _));
        // The document names the gateway, the only address a caller can reach.
        Assert.Equal(system.Gateway.BaseAddress!.GetLeftPart(UriPartial.Authority) + "/",
            notificationDocument.GetProperty("servers")[0].GetProperty("url").GetString());

        using var page = await system.Gateway.GetAsync("/scalar/");
        page.EnsureSuccessStatusCode();
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("openapi/rapid-review.json", html);
        var fromPage = await system.Gateway.GetFromJsonAsync<JsonElement>("/scalar/openapi/rapid-review.json");
        Assert.Contains("/api/rapid-reviews", fromPage.GetProperty("paths").GetRawText());

        using var unknown = await system.Gateway.GetAsync("/api/nothing-here");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }
}
