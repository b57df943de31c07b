using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// The outbound feeds through the gateway: pushes signed by the Standard Webhooks scheme and
/// verified by the stand-in receiver, retried while it fails, dead-lettered and replayed; pull
/// feeds read with each national body's own token, resumed from a cursor; minimised per body.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class FeedTests(SystemFixture system)
{
    private const string Withdrawn = "uk.safeguarding.notification.withdrawn.v1";
    private const string Made = "uk.safeguarding.notification.made.v1";

    [Fact]
    public async Task A_signed_push_fails_five_times_and_arrives_once_with_its_attempts_recorded_and_a_dead_letter_is_replayed()
    {
        using var receiver = system.App.CreateHttpClient("national-panel-receiver");
        using var operatorConsole = await system.ClientAsync("operator-console");
        var refused = await RefusedAsync(receiver);

        // Told to fail Ofsted's next 5 withdrawals: the sixth attempt is accepted.
        (await receiver.PostAsync($"/failures/ofsted?count=5&type={Withdrawn}", null)).EnsureSuccessStatusCode();
        var first = await NotifiedAndWithdrawnAsync();
        var delivered = await DeliveryAsync(operatorConsole, first, "delivered");
        Assert.Equal(Enumerable.Repeat(503, 5).Append(204), delivered.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("statusCode").GetInt32()));
        var arrived = Assert.Single(await ReceivedAsync(receiver, "ofsted", Withdrawn), r => r.GetProperty("subject").GetString() == first);
        Assert.Equal(1, arrived.GetProperty("deliveries").GetInt32());
        Assert.Equal(refused, await RefusedAsync(receiver));

        // Told to fail more often than the schedule tries (7 in this system): dead-lettered, then replayed by an operator.
        (await receiver.PostAsync($"/failures/ofsted?count=7&type={Withdrawn}", null)).EnsureSuccessStatusCode();
        var second = await NotifiedAndWithdrawnAsync();
        var dead = await DeliveryAsync(operatorConsole, second, "dead-lettered");
        Assert.Equal(7, dead.GetProperty("attemptCount").GetInt32());
        Assert.DoesNotContain(await ReceivedAsync(receiver, "ofsted", Withdrawn), r => r.GetProperty("subject").GetString() == second);
        var replayed = await ReviewJourney.OkAsync(operatorConsole.PostAsync($"/api/feeds/deliveries/{dead.GetProperty("id")}/replay", null));
        Assert.Equal("pending", replayed.GetProperty("status").GetString());
        Assert.Equal(8, (await DeliveryAsync(operatorConsole, second, "delivered")).GetProperty("attemptCount").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await operatorConsole.PostAsync($"/api/feeds/deliveries/{Guid.NewGuid()}/replay", null)).StatusCode);

        // A push whose signature does not verify is refused by the receiver.
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/webhooks/national-panel") { Content = JsonContent.Create(new { type = Made }) };
        forged.Headers.Add("webhook-id", Guid.NewGuid().ToString());
        forged.Headers.Add("webhook-timestamp", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString());
        forged.Headers.Add("webhook-signature", "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        Assert.Equal(HttpStatusCode.Unauthorized, (await receiver.SendAsync(forged)).StatusCode);
    }

    [Fact]
    public async Task Each_body_reads_only_its_own_feed_minimised_for_it_and_resumes_from_its_cursor_in_a_stable_order_without_gaps_or_repeats()
    {
        using var dfe = await system.ClientAsync("dfe-feed");
        using var panel = await system.ClientAsync("national-panel-feed");
        using var ofsted = await system.ClientAsync("ofsted-feed");
        var start = await EndAsync(dfe, "dfe");

        var made = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            made.Add((await Notifications.NotifyAsync(system.Gateway, Notifications.Valid())).GetProperty("id").GetString()!);
        }

        // Two at a time from the cursor: the three notifications, in the order made, each once.
        var read = new List<JsonElement>();
        await Eventually.TrueAsync(async () =>
        {
            read.Clear();
            for (var cursor = start; ;)
            {
                var page = await dfe.GetFromJsonAsync<JsonElement>($"/feeds/dfe?after={cursor}&limit=2");
                var items = page.GetProperty("items").EnumerateArray().ToList();
                if (items.Count == 0)
                {
                    Assert.Equal(cursor, page.GetProperty("next").GetString());
                    break;
                }

                read.AddRange(items);
                cursor = page.GetProperty("next").GetString()!;
            }

            return made.All(id => read.Any(r => r.GetProperty("type").GetString() == Made && r.GetProperty("subject").GetString() == id));
        }, TimeSpan.FromSeconds(60), "the three notifications on DfE's feed");
        var ours = read.Where(r => r.GetProperty("type").GetString() == Made && made.Contains(r.GetProperty("subject").GetString()!)).ToList();
        // Each once, in the order the feed took them (a redelivered event may be overtaken); read again, the same order.
        Assert.Equal(made.Order(), ours.Select(r => r.GetProperty("subject").GetString()!).Order());
        Assert.Equal(read.Count, read.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        var again = await dfe.GetFromJsonAsync<JsonElement>($"/feeds/dfe?after={start}&limit=500");
        Assert.Equal(read.Select(r => r.GetProperty("id").GetString()), again.GetProperty("items").EnumerateArray().Take(read.Count).Select(r => r.GetProperty("id").GetString()));

        // DfE and Ofsted see the children pseudonymised; the panel sees them named.
        Assert.DoesNotContain(Notifications.ChildName, ours[0].GetProperty("data").GetRawText());
        Assert.Equal("Child A", ours[0].GetProperty("data").GetProperty("children")[0].GetProperty("pseudonym").GetString());
        Assert.DoesNotContain(Notifications.ChildName, (await ItemAsync(ofsted, "ofsted", made[0])).GetRawText());
        Assert.Equal(Notifications.ChildName, (await ItemAsync(panel, "national-panel", made[0])).GetProperty("data").GetProperty("children")[0].GetProperty("name").GetString());

        // The children named to the panel are on the record by the notification: pushed to its receiver, and read from its feed.
        await Eventually.TrueAsync(async () => await FeedAudit.CountAsync(system, "push", "feed-notification", made[0]) == 1
            && await FeedAudit.CountAsync(system, "read", "feed-notification", made[0]) >= 1,
            TimeSpan.FromSeconds(30), "the panel's push and read of the named children on the record");

        using var another = await dfe.GetAsync("/feeds/ofsted");
        Assert.Equal(HttpStatusCode.Forbidden, another.StatusCode);
        Assert.Equal("application/problem+json", another.Content.Headers.ContentType?.MediaType);
        using var badCursor = await dfe.GetAsync("/feeds/dfe?after=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
        Assert.Contains("after", await badCursor.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Operators_manage_subscriptions_whose_secret_is_shown_once_and_bad_input_names_the_field()
    {
        using var operatorConsole = await system.ClientAsync("operator-console");
        foreach (var (body, field) in new (object, string)[]
        {
            (new { recipient = "nobody", endpoint = "https://panel.example.gov.uk/hooks" }, "recipient"),
            (new { recipient = "ofsted", endpoint = "not a url" }, "endpoint"),
            (new { recipient = "ofsted", endpoint = "https://panel.example.gov.uk/hooks", eventTypes = new[] { "everything" } }, "eventTypes[0]"),
            (new { recipient = "ofsted", endpoint = "https://panel.example.gov.uk/hooks", secret = "hunter2" }, "secret"),
        })
        {
            using var refused = await operatorConsole.PostAsJsonAsync("/api/feeds/subscriptions", body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains($"\"{field}\"", await refused.Content.ReadAsStringAsync());
        }

        using var created = await operatorConsole.PostAsJsonAsync("/api/feeds/subscriptions",
            new { recipient = "case-review-repository", endpoint = "https://repository.example.org/hooks", eventTypes = new[] { "uk.safeguarding.repository.catalogue-entry.v1" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var subscription = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("whsec_", subscription.GetProperty("secret").GetString());
        var id = subscription.GetProperty("subscription").GetProperty("id").GetString();
        var listed = await operatorConsole.GetStringAsync("/api/feeds/subscriptions");
        Assert.Contains(id!, listed);
        Assert.DoesNotContain("whsec_", listed);
        Assert.Equal(HttpStatusCode.NoContent, (await operatorConsole.DeleteAsync($"/api/feeds/subscriptions/{id}")).StatusCode);
        Assert.Contains("\"active\":false", await operatorConsole.GetStringAsync("/api/feeds/subscriptions"));
    }

    private async Task<string> NotifiedAndWithdrawnAsync()
    {
        var id = (await Notifications.NotifyAsync(system.Gateway, Notifications.Valid())).GetProperty("id").GetString()!;
        (await system.Gateway.PostAsJsonAsync($"/api/notifications/{id}/withdrawal", new { reason = "The criteria were not met after all." })).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<JsonElement> DeliveryAsync(HttpClient operatorConsole, string subject, string status) =>
        (await Eventually.GetAsync(async () =>
        {
            var page = await operatorConsole.GetFromJsonAsync<JsonElement>($"/api/feeds/deliveries?recipient=ofsted&status={status}&pageSize=200");
            return page.GetProperty("items").EnumerateArray().FirstOrDefault(d => d.GetProperty("subject").GetString() == subject && d.GetProperty("type").GetString() == Withdrawn) is
                { ValueKind: JsonValueKind.Object } found
                ? (JsonElement?)await operatorConsole.GetFromJsonAsync<JsonElement>($"/api/feeds/deliveries/{found.GetProperty("id")}")
                : null;
        }, TimeSpan.FromSeconds(90), $"Ofsted's withdrawal push to be {status}"))!.Value;

    private static async Task<List<JsonElement>> ReceivedAsync(HttpClient receiver, string recipient, string type) =>
        (await receiver.GetFromJsonAsync<JsonElement>($"/received?recipient={recipient}&type={type}")).EnumerateArray().ToList();

    private static async Task<int> RefusedAsync(HttpClient receiver) =>
        (await receiver.GetFromJsonAsync<JsonElement>("/refused")).GetProperty("refused").GetInt32();

    /// <summary>The cursor after everything on the feed now.</summary>
    internal static async Task<string> EndAsync(HttpClient reader, string recipient)
    {
        for (var cursor = ""; ;)
        {
            var page = await reader.GetFromJsonAsync<JsonElement>($"/feeds/{recipient}?after={cursor}&limit=500");
            if (page.GetProperty("items").GetArrayLength() == 0)
            {
                return page.GetProperty("next").GetString()!;
            }

            cursor = page.GetProperty("next").GetString()!;
        }
    }

    private static async Task<JsonElement> ItemAsync(HttpClient reader, string recipient, string subject) =>
        (await Eventually.GetAsync(async () =>
        {
            for (var cursor = ""; ;)
            {
                var page = await reader.GetFromJsonAsync<JsonElement>($"/feeds/{recipient}?after={cursor}&limit=500");
                var items = page.GetProperty("items").EnumerateArray().ToList();
                if (items.FirstOrDefault(i => i.GetProperty("type").GetString() == Made && i.GetProperty("subject").GetString() == subject) is { ValueKind: JsonValueKind.Object } found)
                {
                    return (JsonElement?)found;
                }

                if (items.Count == 0)
                {
                    return null;
                }

                cursor = page.GetProperty("next").GetString()!;
            }
        }, TimeSpan.FromSeconds(60), $"the notification on {recipient}'s feed"))!.Value;
}
