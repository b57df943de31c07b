using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// Contribution requests through the gateway: the business unit asks named agencies, each agency
/// sees what is asked of it, the service reminds and escalates, and the contributions make one
/// multi-agency chronology.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ContributionChasingTests(SystemFixture system)
{
    [Fact]
    public async Task Agencies_are_asked_reminded_and_escalated_and_their_episodes_make_one_chronology()
    {
        var reviewId = await RapidReviews.OpenAsync(system);
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var police = await system.ClientAsync("northshire-police-partner");
        using var school = await system.ClientAsync("northshire-school");

        // Notified Wednesday 23 December 2026: Day 1 is Thursday 24 December, within the two working days of a reminder.
        using var asked = await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{reviewId}/contribution-requests", new
        {
            agencies = new[] { new { agency = "Northshire Police", agencyType = "police" }, new { agency = "Northshire Integrated Care Board", agencyType = "health" } },
            dueDay = 1,
        });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var requests = await asked.Content.ReadFromJsonAsync<JsonElement[]>();
        Assert.All(requests!, r => Assert.Equal("2026-12-24", r.GetProperty("dueOn").GetString()));
        var healthRequest = requests!.Single(r => r.GetProperty("agency").GetString() == "Northshire Integrated Care Board").GetProperty("id").GetString();

        // Each agency sees what is asked of it, and nothing asked of anyone else.
        var policeView = await RequestsAsync(police, $"rapidReviewId={reviewId}");
        Assert.Equal(["Northshire Police"], policeView.Select(r => r.GetProperty("agency").GetString()));
        Assert.Empty(await RequestsAsync(school, $"rapidReviewId={reviewId}"));
        Assert.Equal(2, (await RequestsAsync(businessUnit, $"rapidReviewId={reviewId}")).Length);

        await Eventually.TrueAsync(async () => (await RequestsAsync(police, $"rapidReviewId={reviewId}"))
            .Single().GetProperty("remindedAt").ValueKind == JsonValueKind.String, TimeSpan.FromSeconds(20), "the reminder");

        using var contributed = await police.PostAsJsonAsync($"/api/rapid-reviews/{reviewId}/contributions", new
        {
            agency = "Northshire Police", agencyType = "police", involvement = "Two call-outs to the household.",
            keyPracticeEpisodes = new[]
            {
                new { on = "2026-11-02", episode = "Second call-out; referral made the next day." },
                new { on = "2026-03-14", episode = "=Call-out; no referral to children's social care." },
            },
            immediateSafetyActions = Array.Empty<string>(),
            practitioner = new { name = "DS Jo Example", role = "Detective sergeant", telephone = "01632 960 789", email = "jo.example@police.example" },
        });
        Assert.Equal(HttpStatusCode.OK, contributed.StatusCode);
        Assert.Equal("received", (await RequestsAsync(police, $"rapidReviewId={reviewId}")).Single().GetProperty("status").GetString());
        using var again = await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{reviewId}/contribution-requests", new
        {
            agencies = new[] { new { agency = "Northshire Police", agencyType = "police" } }, dueDay = 3,
        });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        // The health request's due date passes (staged in the database): it is escalated to the
        // business manager, announced, and flagged on the briefing paper.
        await using (var db = new NpgsqlConnection(await system.App.GetConnectionStringAsync("rapidreviewdb")))
        {
            await db.OpenAsync();
            await using var backdate = new NpgsqlCommand("UPDATE contribution_requests SET due_on = '2026-12-01' WHERE id = $1", db);
            backdate.Parameters.AddWithValue(Guid.Parse(healthRequest!));
            Assert.Equal(1, await backdate.ExecuteNonQueryAsync());
        }

        var overdue = await Eventually.GetAsync(async () => (await RequestsAsync(businessUnit, $"rapidReviewId={reviewId}&status=overdue"))
            .FirstOrDefault(r => r.GetProperty("escalatedAt").ValueKind == JsonValueKind.String) is { ValueKind: JsonValueKind.Object } found ? (JsonElement?)found : null,
            TimeSpan.FromSeconds(20), "the escalation");
        Assert.Equal("Northshire Integrated Care Board", overdue!.Value.GetProperty("agency").GetString());
        Assert.Equal(1, await Outbox.CountAsync(system, "rapidreviewdb", "safeguarding.rapid-review.contribution-overdue.v1", reviewId));
        Assert.Equal(2, await Outbox.CountAsync(system, "rapidreviewdb", "safeguarding.rapid-review.contribution-reminder.v1", reviewId));
        var paper = await businessUnit.GetFromJsonAsync<JsonElement>("/api/rapid-reviews/briefing-paper");
        var item = paper.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("rapidReviewId").GetString() == reviewId);
        Assert.Equal("red", item.GetProperty("rating").GetString());
        Assert.Equal(["Northshire Integrated Care Board"], item.GetProperty("overdueContributions").EnumerateArray().Select(a => a.GetString()));

        // One chronology, in date order, each line with its agency; downloadable for the meeting.
        var chronology = await businessUnit.GetFromJsonAsync<JsonElement>($"/api/rapid-reviews/{reviewId}/chronology");
        Assert.Equal(["2026-03-14", "2026-11-02"], chronology.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("on").GetString()));
        Assert.All(chronology.GetProperty("entries").EnumerateArray(), e => Assert.Equal("Northshire Police", e.GetProperty("agency").GetString()));
        using var csv = await businessUnit.GetAsync($"/api/rapid-reviews/{reviewId}/chronology.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition?.DispositionType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Date,Agency,Agency type,Key practice episode", "14/03/2026,Northshire Police,police,'=Call-out; no referral to children's social care."], lines[..2]);
        Assert.Equal(HttpStatusCode.Forbidden, (await school.GetAsync($"/api/rapid-reviews/{reviewId}/chronology")).StatusCode);

        var trail = (await (await system.ClientAsync("northshire-chair")).GetFromJsonAsync<JsonElement>($"/api/rapid-reviews/{reviewId}/audit")).GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(2, trail!.Count(e => e.GetProperty("action").GetString() == "read"
            && e.GetProperty("fields").EnumerateArray().Any(f => f.GetString() == "chronology")));
        Assert.Contains(trail!, e => e.GetProperty("action").GetString() == "ask-contributions");
    }

    [Fact]
    public async Task An_agency_contributing_in_another_agencys_name_is_a_400_naming_the_agency_and_meets_no_request()
    {
        var reviewId = await RapidReviews.OpenAsync(system);
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var school = await system.ClientAsync("northshire-school");
        (await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{reviewId}/contribution-requests", new
        {
            agencies = new[] { new { agency = "Northshire Police", agencyType = "police" } }, dueDay = 7,
        })).EnsureSuccessStatusCode();

        using var spoofed = await school.PostAsJsonAsync($"/api/rapid-reviews/{reviewId}/contributions", new
        {
            agency = "Northshire Police", agencyType = "police", involvement = "i", keyPracticeEpisodes = Array.Empty<string>(),
            immediateSafetyActions = Array.Empty<string>(), practitioner = new { name = "n", role = "r", telephone = "01632 960 789", email = "a@b.example" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, spoofed.StatusCode);
        Assert.True((await spoofed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("agency", out _));
        Assert.Equal("requested", (await RequestsAsync(businessUnit, $"rapidReviewId={reviewId}")).Single().GetProperty("status").GetString());
    }

    private static async Task<JsonElement[]> RequestsAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/contribution-requests?{query}")).GetProperty("items").EnumerateArray()];
}
