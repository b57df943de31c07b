using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// A learning briefing through the gateway: drafted by the business manager, approved by the chair,
/// published; two agencies record their dissemination and the third is a gap, chased once its
/// dissemination is overdue.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class BriefingTests(SystemFixture system)
{
    public static readonly Dictionary<string, string[]> Headings = new()
    {
        ["seven-minute"] = ["Background", "Why it matters", "The learning", "Questions for teams", "What to do", "Further information"],
        ["six-step"] = ["The case", "The learning", "What it means", "Reflect", "Act", "Find out more"],
    };

    private const string Police = "Northshire Police";
    private const string Health = "Northshire Integrated Care Board";
    private const string Council = "Northshire County Council";

    [Fact]
    public async Task A_published_briefing_is_disseminated_by_two_agencies_and_the_third_is_a_gap_chased_once_overdue()
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var chair = await system.ClientAsync("northshire-chair");
        using var police = await system.ClientAsync("northshire-police-partner");
        using var health = await system.ClientAsync("northshire-icb-partner");
        using var panel = await system.ClientAsync("national-panel-feed");

        var id = (await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync("/api/learning-actions/briefings", Body("seven-minute", null, [Police, Health, Council]))))
            .GetProperty("briefing").GetProperty("id").GetString()!;
        var url = $"/api/learning-actions/briefings/{id}";

        // A draft: agencies do not see it; its drafter cannot approve it; it is not published before approval.
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync("/api/learning-actions/briefings")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await businessUnit.PostAsync($"{url}/approval", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await businessUnit.PostAsync($"{url}/publication", null)).StatusCode);
        var edited = await ReviewJourney.OkAsync(businessUnit.PutAsJsonAsync($"{url}/sections", new
        {
            title = "Hearing every adult in the household", agencies = new[] { Police, Health, Council },
            sections = Headings["seven-minute"].Select(h => new { heading = h, text = $"Rewritten: {h}" }).ToArray(),
        }));
        Assert.Equal("Hearing every adult in the household", edited.GetProperty("briefing").GetProperty("title").GetString());

        await ReviewJourney.OkAsync(chair.PostAsync($"{url}/approval", null));
        Assert.Equal(HttpStatusCode.Conflict, (await businessUnit.PutAsJsonAsync($"{url}/sections", new
        {
            title = "t", agencies = new[] { Police }, sections = Headings["seven-minute"].Select(h => new { heading = h, text = "t" }).ToArray(),
        })).StatusCode);
        var published = await ReviewJourney.OkAsync(businessUnit.PostAsync($"{url}/publication", null));
        Assert.Equal("published", published.GetProperty("briefing").GetProperty("status").GetString());
        Assert.Equal("2026-12-23", published.GetProperty("briefing").GetProperty("publishedOn").GetString());
        Assert.Equal(1, await Outbox.CountAsync(system, "learningactiondb", "safeguarding.learning-action.briefing-published.v1", id));

        // Published: the agencies see it and record their own dissemination, not another agency's.
        Assert.Contains(id, (await police.GetFromJsonAsync<JsonElement>("/api/learning-actions/briefings?status=published")).GetProperty("items")
            .EnumerateArray().Select(b => b.GetProperty("id").GetString()));
        await ReviewJourney.OkAsync(police.PostAsJsonAsync($"{url}/dissemination", Dissemination(null, 40, "2026-12-23")));
        await ReviewJourney.OkAsync(police.PostAsJsonAsync($"{url}/dissemination", Dissemination(Police, 12, "2026-12-23")));
        Assert.Equal(HttpStatusCode.Conflict, (await police.PostAsJsonAsync($"{url}/dissemination", Dissemination(Council, 1, "2026-12-23"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await health.PostAsJsonAsync($"{url}/dissemination", Dissemination(null, 5, "2026-12-24"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await health.PostAsJsonAsync($"{url}/dissemination", Dissemination(null, 0, "2026-12-23"))).StatusCode);
        await ReviewJourney.OkAsync(health.PostAsJsonAsync($"{url}/dissemination", Dissemination(null, 5, "2026-12-23")));

        var dissemination = await businessUnit.GetFromJsonAsync<JsonElement>($"{url}/dissemination");
        Assert.Equal(57, dissemination.GetProperty("totalPractitioners").GetInt32());
        Assert.Equal(2, dissemination.GetProperty("agenciesDisseminated").GetInt32());
        Assert.Equal([Council], dissemination.GetProperty("gaps").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal([52, 5, 0], dissemination.GetProperty("agencies").EnumerateArray().Select(a => a.GetProperty("practitioners").GetInt32()));

        // Published on 1 November (staged): more than 20 working days ago, so the council is chased, once.
        await using (var db = new NpgsqlConnection(await system.App.GetConnectionStringAsync("learningactiondb")))
        {
            await db.OpenAsync();
            await using var backdate = new NpgsqlCommand("UPDATE briefings SET published_on = '2026-11-01' WHERE id = $1", db);
            backdate.Parameters.AddWithValue(Guid.Parse(id));
            Assert.Equal(1, await backdate.ExecuteNonQueryAsync());
        }

        await Eventually.TrueAsync(async () => await Outbox.CountAsync(system, "learningactiondb", "safeguarding.learning-action.dissemination-overdue.v1", id) > 0,
            TimeSpan.FromSeconds(20), "the chase of the agency with no dissemination");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await Outbox.CountAsync(system, "learningactiondb", "safeguarding.learning-action.dissemination-overdue.v1", id));
        var chased = (await businessUnit.GetFromJsonAsync<JsonElement>($"{url}/dissemination")).GetProperty("agencies").EnumerateArray()
            .Select(a => (a.GetProperty("agency").GetString(), a.GetProperty("chasedOn").ValueKind == JsonValueKind.Null)).ToList();
        Assert.Equal([(Police, true), (Health, true), (Council, false)], chased);
    }

    [Theory]
    [InlineData("""{"title":"t","format":"seven-minute","theme":"neglect","agencies":["a"],"sections":[{"heading":"The case","text":"t"}]}""", "sections")]
    [InlineData("""{"title":"t","format":"nine-minute","theme":"neglect","agencies":["a"],"sections":[]}""", "format")]
    [InlineData("""{"title":"t","format":"six-step","agencies":["a"],"sections":[]}""", "reviewId")]
    public async Task Bad_briefings_are_400_problems_naming_the_field(string body, string field)
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var response = await businessUnit.PostAsync("/api/learning-actions/briefings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
    }

    /// <summary>A six-step briefing of the review, drafted by the business unit, approved by the chair and published; its id.</summary>
    public static async Task<string> PublishedAsync(HttpClient businessUnit, HttpClient chair, string reviewId, string[] agencies)
    {
        var id = (await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync("/api/learning-actions/briefings", Body("six-step", reviewId, agencies))))
            .GetProperty("briefing").GetProperty("id").GetString()!;
        await ReviewJourney.OkAsync(chair.PostAsync($"/api/learning-actions/briefings/{id}/approval", null));
        await ReviewJourney.OkAsync(businessUnit.PostAsync($"/api/learning-actions/briefings/{id}/publication", null));
        return id;
    }

    private static object Body(string format, string? reviewId, string[] agencies) => new
    {
        title = "Child H: hearing every adult", format, reviewId, theme = reviewId is null ? "domestic abuse" : null, agencies,
        sections = Headings[format].Select(h => new { heading = h, text = $"What we say under {h}." }).ToArray(),
    };

    private static object Dissemination(string? agency, int practitioners, string on) => new
    {
        agency, teams = new[] { "Response", "Safeguarding hub" }, practitioners, on, method = "team-meeting", feedback = "Teams asked for the audit.",
    };
}
