using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Safeguarding.FunctionalTests;

/// <summary>Corrections to a notification, kept field by field in its history, and its withdrawal.</summary>
[Collection(SystemCollection.Name)]
public sealed class NotificationChangeTests(SystemFixture system)
{
    [Fact]
    public async Task An_amendment_keeps_who_when_why_and_each_field_before_and_after()
    {
        var id = (await Notifications.NotifyAsync(system.Gateway, Notifications.Valid())).GetProperty("id").GetString();
        using var first = await system.Gateway.PostAsJsonAsync($"/api/notifications/{id}/amendments", new
        {
            reason = "Date of birth confirmed by the GP record.",
            changes = new { children = new JsonArray(Notifications.Child(dateOfBirth: "2019-04-14")), incidentTime = "09:15" },
        });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var second = await system.Gateway.PostAsJsonAsync($"/api/notifications/{id}/amendments", new
        {
            reason = "Nature reclassified after the post-mortem.", changes = new { nature = "child-death" },
        });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("child-death", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("nature").GetString());

        using var chair = await system.ClientAsync("northshire-chair");
        var history = (await chair.GetFromJsonAsync<JsonElement>($"/api/notifications/{id}/history")).GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal([1, 2], history.Select(h => h.GetProperty("number").GetInt32()));
        Assert.Equal(["incidentTime", "children"], history[0].GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("northshire-la-case-system", history[0].GetProperty("amendedBy").GetString());
        Assert.Equal("Date of birth confirmed by the GP record.", history[0].GetProperty("reason").GetString());
        Assert.Equal("14:30", history[0].GetProperty("before").GetProperty("incidentTime").GetString());
        Assert.Equal("09:15", history[0].GetProperty("after").GetProperty("incidentTime").GetString());
        Assert.Equal("2019-04-14", history[0].GetProperty("after").GetProperty("children")[0].GetProperty("dateOfBirth").GetString());
        Assert.Equal("serious-harm", history[1].GetProperty("before").GetProperty("nature").GetString());

        using var ofsted = await system.ClientAsync("ofsted-feed");
        var withheld = await ofsted.GetStringAsync($"/api/notifications/{id}/history");
        Assert.DoesNotContain("2019-04-14", withheld);
        Assert.Contains("\"children\":\"withheld\"", withheld);
    }

    [Fact]
    public async Task Changes_are_a_json_merge_patch_of_the_form()
    {
        var id = (await Notifications.NotifyAsync(system.Gateway, Notifications.Valid())).GetProperty("id").GetString();
        using var amended = await system.Gateway.PostAsJsonAsync($"/api/notifications/{id}/amendments", new
        {
            reason = "The notifier's direct line, and the time was not known after all.",
            changes = new JsonObject { ["notifier"] = new JsonObject { ["telephone"] = "01632 960 999" }, ["incidentTime"] = null },
        });

        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        var notification = await amended.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("01632 960 999", notification.GetProperty("notifier").GetProperty("telephone").GetString());
        Assert.Equal("Sarah Notifier", notification.GetProperty("notifier").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, notification.GetProperty("incidentTime").ValueKind);
        var history = (await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/notifications/{id}/history")).GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(["notifier", "incidentTime"], history.Single().GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
    }

    [Theory]
    [InlineData("""{"changes":{"nature":"child-death"}}""", "reason")]
    [InlineData("""{"reason":"r"}""", "changes")]
    [InlineData("""{"reason":"r","changes":{"colour":"red"}}""", "changes")]
    [InlineData("""{"reason":"r","changes":{"nature":"accident"}}""", "changes.nature")]
    [InlineData("""{"reason":"r","changes":{"children":[]}}""", "changes.children")]
    [InlineData("""{"reason":"r","changes":{"incidentTime":"14:30"}}""", "changes")]
    [InlineData("""{"reason":"r","changes":{"becameAwareOn":"2026-12-01"}}""", "changes.lateReason")]
    [InlineData("""{"reason":"r","changes":{"numberOfChildren":"two"}}""", "changes.numberOfChildren")]
    [InlineData("""{"reason":"r","changes":{"incidentOn":"2026-12-24"}}""", "changes.incidentOn")]
    [InlineData("""{"reason":"r","changes":{"incidentTime":"14:30:00"}}""", "changes.incidentTime")]
    [InlineData("""{"reason":"r","changes":{"children":[{"name":"x","ageYears":3}]}}""", "changes.children[0].sex")]
    [InlineData("""{"reason":"r","changes":{"caseOutline":"\udc00"}}""", "changes.caseOutline")]
    [InlineData("""{"reason":"r","changes":{"notifier":{"\ud800":"x"}}}""", "changes.notifier")]
    [InlineData("""[1]""", "body")]
    public async Task Bad_amendments_are_400_problems_naming_the_field(string body, string field)
    {
        var id = (await Notifications.NotifyAsync(system.Gateway, Notifications.Valid())).GetProperty("id").GetString();
        using var response = await system.Gateway.PostAsync($"/api/notifications/{id}/amendments",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
    }

    [Fact]
    public async Task Withdrawal_needs_a_reason_closes_the_rapid_review_and_ends_amendments()
    {
        var id = (await Notifications.NotifyAsync(system.Gateway, Notifications.Valid())).GetProperty("id").GetString()!;
        await Eventually.GetAsync(async () => (await Notifications.RapidReviewsForAsync(system.Gateway, id)) is { Length: > 0 } r ? r : null,
            TimeSpan.FromSeconds(30), "the rapid review");

        using var noReason = await system.Gateway.PostAsJsonAsync($"/api/notifications/{id}/withdrawal", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        using var withdrawn = await system.Gateway.PostAsJsonAsync($"/api/notifications/{id}/withdrawal",
            new { reason = "The strategy meeting found the injury accidental; no abuse or neglect is suspected." });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("withdrawn", (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var review = await Eventually.GetAsync(async () =>
        {
            var found = (await Notifications.RapidReviewsForAsync(system.Gateway, id)).Single();
            return found.GetProperty("status").GetString() == "closed" ? (JsonElement?)found : null;
        }, TimeSpan.FromSeconds(30), "the rapid review to close");
        Assert.Equal("notification-withdrawn", review!.Value.GetProperty("closedBecause").GetString());
        Assert.Equal("2026-12-23", review.Value.GetProperty("closedOn").GetString());

        using var again = await system.Gateway.PostAsJsonAsync($"/api/notifications/{id}/withdrawal", new { reason = "Again." });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var amend = await system.Gateway.PostAsJsonAsync($"/api/notifications/{id}/amendments",
            new { reason = "r", changes = new { incidentTime = "10:00" } });
        Assert.Equal(HttpStatusCode.Conflict, amend.StatusCode);
    }
}
