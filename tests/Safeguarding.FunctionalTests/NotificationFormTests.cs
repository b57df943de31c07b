using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Safeguarding.FunctionalTests;

/// <summary>The national form, need-to-know, and the figures scrutiny asks for.</summary>
[Collection(SystemCollection.Name)]
public sealed class NotificationFormTests(SystemFixture system)
{
    [Fact]
    public async Task Four_children_are_described_in_detail_and_a_fifth_only_in_free_text()
    {
        var four = new JsonArray(Enumerable.Range(0, 4).Select(i => (JsonNode)Notifications.Child($"Sibling {i}", $"201{i}-05-01")).ToArray());
        var five = new JsonArray(Enumerable.Range(0, 5).Select(i => (JsonNode)Notifications.Child($"Sibling {i}", $"201{i}-05-01")).ToArray());

        using var refused = await system.Gateway.PostAsJsonAsync("/api/notifications",
            Notifications.Valid().With("children", five).With("numberOfChildren", 5));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("furtherChildren", problem.GetProperty("errors").GetProperty("children")[0].GetString());

        var accepted = await Notifications.NotifyAsync(system.Gateway, Notifications.Valid()
            .With("children", four).With("numberOfChildren", 5).With("furtherChildren", "A baby brother, aged 3 months."));
        Assert.Equal(4, accepted.GetProperty("children").GetArrayLength());
        Assert.Equal(5, accepted.GetProperty("numberOfChildren").GetInt32());
        Assert.Equal(["Child A", "Child B", "Child C", "Child D"],
            accepted.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("pseudonym").GetString()));
        Assert.Equal(16, accepted.GetProperty("children")[0].GetProperty("ageYears").GetInt32());
    }

    [Theory]
    // Today is Wednesday 23 December 2026; Christmas Day and the substitute Boxing Day (Monday 28th) are not working days.
    [InlineData("2026-12-18", "2026-12-29", false)]
    [InlineData("2026-12-16", "2026-12-23", false)]
    [InlineData("2026-12-15", "2026-12-22", true)]
    public async Task The_deadline_is_five_working_days_after_awareness_across_weekends_and_bank_holidays(
        string becameAwareOn, string dueOn, bool late)
    {
        var form = Notifications.Valid(becameAwareOn, incidentOn: "2026-12-14");
        if (late)
        {
            using var refused = await system.Gateway.PostAsJsonAsync("/api/notifications", form);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.Contains(dueOn, errors.GetProperty("lateReason")[0].GetString());
            form = Notifications.Valid(becameAwareOn, lateReason: "The referral reached the authority late.", incidentOn: "2026-12-14");
        }

        var accepted = await Notifications.NotifyAsync(system.Gateway, form);
        Assert.Equal(dueOn, accepted.GetProperty("notificationDueOn").GetString());
        Assert.Equal(late, accepted.GetProperty("madeLate").GetBoolean());
    }

    [Fact]
    public async Task The_death_of_a_looked_after_child_is_notifiable_without_suspected_abuse_or_neglect()
    {
        var form = Notifications.Valid()
            .With("nature", "child-death")
            .With("criteria", new JsonObject
            {
                ["abuseOrNeglectKnownOrSuspected"] = false, ["diedOrSeriouslyHarmed"] = true, ["lookedAfterChildDeath"] = true,
            })
            .With("children", new JsonArray(Notifications.Child(lookedAfter: true)));
        var accepted = await Notifications.NotifyAsync(system.Gateway, form);
        Assert.True(accepted.GetProperty("criteria").GetProperty("lookedAfterChildDeath").GetBoolean());

        // Without a looked-after child, the same claim is refused.
        using var refused = await system.Gateway.PostAsJsonAsync("/api/notifications", form.With("children", new JsonArray(Notifications.Child())));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("criteria", out _));
    }

    [Fact]
    public async Task Roles_without_need_to_know_see_pseudonyms_and_lists_never_carry_identifying_details()
    {
        var id = (await Notifications.NotifyAsync(system.Gateway, Notifications.Valid())).GetProperty("id").GetString();

        using var chair = await system.ClientAsync("northshire-chair");
        var full = await chair.GetFromJsonAsync<JsonElement>($"/api/notifications/{id}");
        Assert.Equal("shown", full.GetProperty("identifyingDetails").GetString());
        Assert.Equal(Notifications.ChildName, full.GetProperty("children")[0].GetProperty("name").GetString());
        Assert.Equal(Notifications.Place, full.GetProperty("incidentPlace").GetString());

        using var ofsted = await system.ClientAsync("ofsted-feed");
        using var pseudonymised = await ofsted.GetAsync($"/api/notifications/{id}");
        var text = await pseudonymised.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, pseudonymised.StatusCode);
        Assert.DoesNotContain(Notifications.ChildName, text);
        Assert.DoesNotContain(Notifications.ChildDateOfBirth, text);
        Assert.DoesNotContain(Notifications.Place, text);
        var seen = JsonDocument.Parse(text).RootElement;
        Assert.Equal("withheld", seen.GetProperty("identifyingDetails").GetString());
        Assert.Equal("Child A", seen.GetProperty("children")[0].GetProperty("pseudonym").GetString());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("caseOutline").ValueKind);

        var list = await chair.GetStringAsync("/api/notifications?pageSize=200");
        Assert.DoesNotContain(Notifications.ChildName, list);
        Assert.DoesNotContain(Notifications.Place, list);
    }

    [Fact]
    public async Task Notifications_are_filtered_and_counted_by_nature_and_month()
    {
        // A partnership of its own, so that other tests' notifications do not change the counts.
        var partnership = $"p{Guid.NewGuid():N}"[..12];
        using var southshire = await NewClientAsync(partnership, "local-authority-notifier");
        await Notifications.NotifyAsync(southshire, Notifications.Valid().With("nature", "child-death"));
        await Notifications.NotifyAsync(southshire, Notifications.Valid().With("nature", "child-death"));
        await Notifications.NotifyAsync(southshire, Notifications.Valid("2026-12-01", lateReason: "Recorded late."));
        var withdrawn = (await Notifications.NotifyAsync(southshire, Notifications.Valid().With("nature", "other"))).GetProperty("id").GetString();
        await Eventually.GetAsync(async () => (await Notifications.RapidReviewsForAsync(southshire, withdrawn!)) is { Length: > 0 } r ? r : null,
            TimeSpan.FromSeconds(30), "the rapid review");
        (await southshire.PostAsJsonAsync($"/api/notifications/{withdrawn}/withdrawal", new { reason = "Not notifiable." })).EnsureSuccessStatusCode();

        using var chair = await NewClientAsync(partnership, "independent-chair");
        var stats = await chair.GetFromJsonAsync<JsonElement>("/api/notifications/statistics?notifiedFrom=2026-12-01&notifiedTo=2026-12-31");
        var december = stats.GetProperty("months").EnumerateArray().Single();
        Assert.Equal("2026-12", december.GetProperty("month").GetString());
        Assert.Equal(2, december.GetProperty("childDeath").GetInt32());
        Assert.Equal(1, december.GetProperty("seriousHarm").GetInt32());
        Assert.Equal(0, december.GetProperty("other").GetInt32());
        Assert.Equal(3, stats.GetProperty("total").GetInt32());

        var late = await chair.GetFromJsonAsync<JsonElement>("/api/notifications?madeLate=true");
        Assert.Equal(1, late.GetProperty("total").GetInt32());
        var withdrawnOnes = await chair.GetFromJsonAsync<JsonElement>("/api/notifications?status=withdrawn&nature=other");
        Assert.Equal(withdrawn, withdrawnOnes.GetProperty("items")[0].GetProperty("id").GetString());
        var none = await chair.GetFromJsonAsync<JsonElement>("/api/notifications?notifiedTo=2026-11-30");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        using var panel = await system.ClientAsync("national-panel-feed");
        var theirs = await panel.GetFromJsonAsync<JsonElement>($"/api/notifications?partnership={partnership}&pageSize=200");
        Assert.Equal(4, theirs.GetProperty("total").GetInt32());

        foreach (var (query, field) in new[]
                 {
                     ("status=open", "status"), ("nature=accident", "nature"), ("madeLate=maybe", "madeLate"),
                     ("notifiedFrom=yesterday", "notifiedFrom"), ("notifiedFrom=2026-12-02&notifiedTo=2026-12-01", "notifiedTo"),
                     ("pageSize=0", "pageSize"),
                 })
        {
            using var bad = await chair.GetAsync($"/api/notifications?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), query);
        }

        using var badStats = await chair.GetAsync("/api/notifications/statistics?notifiedTo=31-12-2026");
        Assert.Equal(HttpStatusCode.BadRequest, badStats.StatusCode);
    }

    private async Task<HttpClient> NewClientAsync(string partnership, string role)
    {
        using var operatorConsole = await system.ClientAsync("operator-console");
        var clientId = $"{partnership}-{role}";
        const string secret = "a-long-enough-secret-for-tests-only";
        using var registered = await operatorConsole.PostAsJsonAsync("/api/clients", new
        {
            clientId, clientSecret = secret, displayName = clientId, partnership, agency = "Test agency", roles = new[] { role },
        });
        registered.EnsureSuccessStatusCode();
        using var token = await Tokens.RequestAsync(system.Anonymous, clientId, secret);
        var client = system.App.CreateHttpClient("gateway");
        client.DefaultRequestHeaders.Authorization = new("Bearer",
            (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
        return client;
    }
}
