using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// The composite action plan through the gateway: an accepted report opens its entries, the business
/// manager assigns actions, an agency completes one with evidence and it is signed off, and one left
/// overdue climbs the escalation ladder.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class LearningActionTests(SystemFixture system)
{
    [Fact]
    public async Task An_accepted_report_becomes_actions_that_agencies_complete_with_evidence_and_the_business_manager_signs_off()
    {
        var reviewId = await ReviewJourney.AcceptedReviewAsync(system);
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var police = await system.ClientAsync("northshire-police-partner");
        using var health = await system.ClientAsync("northshire-icb-partner");
        using var panel = await system.ClientAsync("national-panel-feed");

        var plan = await Eventually.GetAsync(async () =>
            (await businessUnit.GetFromJsonAsync<JsonElement>($"/api/learning-actions/plan?reviewId={reviewId}")).GetProperty("items") is { } items
            && items.GetArrayLength() == 2 ? (JsonElement?)items : null, TimeSpan.FromSeconds(30), "the plan's entries");
        Assert.Equal(["R1", "R2"], plan!.Value.EnumerateArray().Select(e => e.GetProperty("code").GetString()).Order());
        var r1 = plan.Value.EnumerateArray().Single(e => e.GetProperty("code").GetString() == "R1");
        Assert.Equal(["information sharing", "domestic abuse"], r1.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));

        // The same acceptance delivered again (the outbox row published a second time) opens nothing more.
        await ReviewJourney.RepublishAcceptanceAsync(system, reviewId);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(2, (await businessUnit.GetFromJsonAsync<JsonElement>($"/api/learning-actions/plan?reviewId={reviewId}")).GetProperty("total").GetInt32());

        // The themes heat map counts the review under its coded themes, in the year and type it belongs to.
        var heatMap = await police.GetFromJsonAsync<JsonElement>("/api/learning-actions/themes/heat-map?from=2026-12-23&to=2026-12-23");
        var sharing = heatMap.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("theme").GetString() == "information-sharing");
        Assert.True(sharing.GetProperty("coded").GetBoolean());
        Assert.True(sharing.GetProperty("byYear").GetProperty("2026").GetInt32() >= 1);
        Assert.True(sharing.GetProperty("byReviewType").GetProperty("local-child-safeguarding-practice-review").GetInt32() >= 1);
        // The rapid review before it counts as a review of its own type, under the themes it identified.
        await Eventually.TrueAsync(async () =>
            (await police.GetFromJsonAsync<JsonElement>("/api/learning-actions/themes/heat-map?from=2026-12-23&to=2026-12-23"))
                .GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("theme").GetString() == "neglect")
                .GetProperty("byReviewType").TryGetProperty("rapid-review", out var rapid) && rapid.GetInt32() >= 1,
            TimeSpan.FromSeconds(30), "the rapid review's themes in the heat map");

        // An action raised outside any review counts in the period it was raised, and not in another.
        var theme = $"audit-{Guid.NewGuid():N}"[..14];
        await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync("/api/learning-actions", new
        {
            source = "audit", sourceReference = "Section 11 audit 2026", leadAgency = "Northshire Police", description = "d",
            successMeasure = "m", dueOn = "2027-03-31", themes = new[] { theme },
        }));
        static JsonElement? Row(JsonElement map, string theme) =>
            map.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("theme").GetString() == theme).Select(r => (JsonElement?)r).FirstOrDefault();
        var raisedToday = Row(await businessUnit.GetFromJsonAsync<JsonElement>("/api/learning-actions/themes/heat-map?from=2026-12-23&to=2026-12-23"), theme);
        Assert.Equal(1, raisedToday!.Value.GetProperty("actions").GetInt32());
        Assert.Null(Row(await businessUnit.GetFromJsonAsync<JsonElement>("/api/learning-actions/themes/heat-map?from=2026-12-01&to=2026-12-22"), theme));
        Assert.Equal(HttpStatusCode.OK, (await businessUnit.GetAsync("/api/learning-actions/themes/heat-map?to=9999-12-31")).StatusCode);

        var policeAction = await RaiseAsync(businessUnit, r1.GetProperty("id").GetString()!, "Northshire Police", "2027-03-31");
        var healthAction = await RaiseAsync(businessUnit, r1.GetProperty("id").GetString()!, "Northshire Integrated Care Board", "2027-03-31");

        // Each agency sees and works on the actions it leads, and no others; the national panel sees nothing here.
        Assert.Equal([policeAction], await ListedAsync(police, $"reviewId={reviewId}"));
        Assert.Equal([healthAction], await ListedAsync(health, $"reviewId={reviewId}"));
        Assert.Equal(HttpStatusCode.NotFound, (await health.GetAsync($"/api/learning-actions/{policeAction}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await health.PostAsJsonAsync($"/api/learning-actions/{policeAction}/progress", new { text = "t" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync("/api/learning-actions")).StatusCode);

        await ReviewJourney.OkAsync(police.PostAsJsonAsync($"/api/learning-actions/{policeAction}/progress", new { text = "Briefing written for response officers." }));
        await ReviewJourney.OkAsync(police.PostAsJsonAsync($"/api/learning-actions/{policeAction}/evidence", new
        {
            kind = "link", title = "Force procedure", url = "https://intranet.police.example/procedures/domestic-abuse",
        }));
        var document = await ReviewJourney.OkAsync(police.PostAsync($"/api/learning-actions/{policeAction}/evidence/documents", Upload(RapidReviewMeetingTests.Pdf, "audit.pdf")));
        foreach (var (content, name) in new[] { (Array.Empty<byte>(), "empty.pdf"), ("MZ"u8.ToArray(), "audit.pdf"), (new byte[10 * 1024 * 1024 + 1], "big.pdf") })
        {
            using var refused = await police.PostAsync($"/api/learning-actions/{policeAction}/evidence/documents", Upload(content, name));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("file", out _));
        }

        await ReviewJourney.OkAsync(police.PostAsync($"/api/learning-actions/{policeAction}/completion", null));
        Assert.Equal(HttpStatusCode.Forbidden, (await police.PostAsync($"/api/learning-actions/{policeAction}/sign-off", null)).StatusCode);
        var sentBack = await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync($"/api/learning-actions/{policeAction}/send-back", new { reason = "Attach the audit's findings." }));
        Assert.Equal("in-progress", sentBack.GetProperty("action").GetProperty("status").GetString());
        await ReviewJourney.OkAsync(police.PostAsync($"/api/learning-actions/{policeAction}/completion", null));
        var signedOff = await ReviewJourney.OkAsync(businessUnit.PostAsync($"/api/learning-actions/{policeAction}/sign-off", null));
        Assert.Equal("signed-off", signedOff.GetProperty("action").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await businessUnit.PostAsync($"/api/learning-actions/{policeAction}/sign-off", null)).StatusCode);

        using var download = await businessUnit.GetAsync($"/api/learning-actions/{policeAction}/evidence/{document.GetProperty("id").GetString()}/document");
        Assert.Equal(RapidReviewMeetingTests.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, await Outbox.CountAsync(system, "learningactiondb", "safeguarding.learning-action.action-signed-off.v1", policeAction));
        using var chair = await system.ClientAsync("northshire-chair");
        var trail = (await chair.GetFromJsonAsync<JsonElement>($"/api/learning-actions/{policeAction}/audit")).GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(["raise", "record-progress", "add-evidence", "add-evidence", "complete", "send-back", "complete", "sign-off", "read"],
            trail.Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task An_action_left_overdue_climbs_the_ladder_and_the_monitoring_report_shows_it()
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        var action = (await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync("/api/learning-actions", new
        {
            source = "inspection", sourceReference = "Joint targeted area inspection 2026", leadAgency = "Northshire County Council",
            description = "Audit the front door's handling of domestic abuse notifications.", successMeasure = "Audit reported to the sub-group.",
            dueOn = "2026-12-23", themes = new[] { "domestic-abuse" },
        }))).GetProperty("action").GetProperty("id").GetString()!;

        // Due today, 23 December 2026: reminded at once. Then its due date passes (staged: 1 December),
        // 16 working days ago, beyond every step of the default ladder.
        await Eventually.TrueAsync(async () => (await ChasesAsync(businessUnit, action)).Any(c => c.Kind == "reminder"), TimeSpan.FromSeconds(20), "the reminder");
        await using (var db = new NpgsqlConnection(await system.App.GetConnectionStringAsync("learningactiondb")))
        {
            await db.OpenAsync();
            await using var backdate = new NpgsqlCommand("UPDATE actions SET due_on = '2026-12-01' WHERE id = $1", db);
            backdate.Parameters.AddWithValue(Guid.Parse(action));
            Assert.Equal(1, await backdate.ExecuteNonQueryAsync());
        }

        await Eventually.TrueAsync(async () => (await ChasesAsync(businessUnit, action)).Count(c => c.Kind == "escalation") == 3, TimeSpan.FromSeconds(20), "the escalations");
        var escalations = (await ChasesAsync(businessUnit, action)).Where(c => c.Kind == "escalation").ToList();
        Assert.Equal(["agency-lead", "business-manager", "independent-chair"], escalations.Select(e => e.Recipient));
        Assert.Equal(3, await Outbox.CountAsync(system, "learningactiondb", "safeguarding.learning-action.action-escalated.v1", action));
        Assert.Equal(1, await Outbox.CountAsync(system, "learningactiondb", "safeguarding.learning-action.action-overdue.v1", action));
        Assert.Equal(1, await Outbox.CountAsync(system, "learningactiondb", "safeguarding.learning-action.action-reminder.v1", action));

        var report = await businessUnit.GetFromJsonAsync<JsonElement>("/api/learning-actions/monitoring-report");
        Assert.Contains(action, report.GetProperty("overdue").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(3, report.GetProperty("escalated").EnumerateArray().Count(e => e.GetProperty("action").GetProperty("id").GetString() == action));
        var listed = (await businessUnit.GetFromJsonAsync<JsonElement>("/api/learning-actions?overdue=true")).GetProperty("items").EnumerateArray();
        Assert.Equal(3, listed.Single(a => a.GetProperty("id").GetString() == action).GetProperty("escalationLevel").GetInt32());
    }

    [Theory]
    [InlineData("""{"leadAgency":"a","description":"d","successMeasure":"m","dueOn":"2027-01-01"}""", "source")]
    [InlineData("""{"source":"audit","leadAgency":"a","description":"d","successMeasure":"m","dueOn":"2027-01-01"}""", "sourceReference")]
    [InlineData("""{"source":"gossip","sourceReference":"r","leadAgency":"a","description":"d","successMeasure":"m","dueOn":"2027-01-01"}""", "source")]
    [InlineData("""{"source":"audit","sourceReference":"r","leadAgency":"a","description":"d","successMeasure":"m","dueOn":"2026-12-22"}""", "dueOn")]
    [InlineData("""{"source":"audit","sourceReference":"r","leadAgency":"a","description":"d","successMeasure":"m"}""", "dueOn")]
    [InlineData("""{"source":"audit","sourceReference":"r","description":"d","successMeasure":"m","dueOn":"2027-01-01"}""", "leadAgency")]
    [InlineData("""{"source":"audit","sourceReference":"r","leadAgency":"a","description":"d","successMeasure":"m","dueOn":"2027-01-01","themes":[1]}""", "themes[0]")]
    public async Task Bad_actions_are_400_problems_naming_the_field(string body, string field)
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var response = await businessUnit.PostAsync("/api/learning-actions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
    }

    private static MultipartFormDataContent Upload(byte[] content, string name) =>
        new() { { new ByteArrayContent(content), "file", name }, { new StringContent("Audit of 20 call-outs"), "title" } };

    private static async Task<string> RaiseAsync(HttpClient businessUnit, string recommendationId, string leadAgency, string dueOn) =>
        (await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync("/api/learning-actions", new
        {
            recommendationId, leadAgency, description = "Brief every response officer on sharing call-outs.",
            successMeasure = "An audit of 20 call-outs finds every one shared.", dueOn,
        }))).GetProperty("action").GetProperty("id").GetString()!;

    private static async Task<string[]> ListedAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/learning-actions?{query}")).GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()!)];

    private static async Task<List<(string? Kind, string? Recipient)>> ChasesAsync(HttpClient client, string action) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/learning-actions/{action}")).GetProperty("chases").EnumerateArray()
            .Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("recipient").GetString()))];
}
