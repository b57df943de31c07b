using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// Evidence of impact through the gateway: an agency records it against an action it leads; another
/// agency neither sees it nor records against that action; the business manager and the chair see
/// the partnership's; every read of a summary is audited and the recording is announced.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ImpactEvidenceTests(SystemFixture system)
{
    private const string Url = "/api/learning-actions/impact-evidence";

    [Fact]
    public async Task An_agency_records_impact_evidence_that_another_agency_cannot_see_and_the_sub_group_reads_on_the_record()
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var chair = await system.ClientAsync("northshire-chair");
        using var police = await system.ClientAsync("northshire-police-partner");
        using var health = await system.ClientAsync("northshire-icb-partner");
        var action = (await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync("/api/learning-actions", new
        {
            source = "audit", sourceReference = "Section 11 audit 2026", leadAgency = "Northshire Police", description = "Share every domestic abuse call-out.",
            successMeasure = "A re-audit finds every call-out shared.", dueOn = "2027-03-31", themes = new[] { "domestic-abuse" },
        }))).GetProperty("action").GetProperty("id").GetString()!;

        var evidence = await ReviewJourney.OkAsync(police.PostAsJsonAsync(Url, new
        {
            kind = "audit", summary = "Re-audit of 20 call-outs: all 20 shared within a day.", on = "2026-12-18", actionId = action, themes = new[] { "Information sharing" },
        }));
        var id = evidence.GetProperty("id").GetString()!;
        Assert.Equal("Northshire Police", evidence.GetProperty("agency").GetString());
        Assert.Equal(["information-sharing", "domestic-abuse"], evidence.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));

        // Another agency: not its evidence, not its action, not its name to record under.
        Assert.Equal(HttpStatusCode.NotFound, (await health.GetAsync($"{Url}/{id}")).StatusCode);
        Assert.DoesNotContain(id, await ListedAsync(health, ""));
        Assert.Equal(HttpStatusCode.NotFound, (await health.PostAsJsonAsync(Url, new { kind = "audit", summary = "s", on = "2026-12-18", actionId = action })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await police.PostAsJsonAsync(Url, new
        {
            kind = "practice-change", summary = "s", on = "2026-12-18", themes = new[] { "neglect" }, agency = "Northshire Integrated Care Board",
        })).StatusCode);
        await ReviewJourney.OkAsync(health.PostAsJsonAsync(Url, new { kind = "child-and-family-feedback", summary = "Parents felt heard.", on = "2026-12-21", themes = new[] { "voice of the child" } }));

        // The sub-group sees the partnership's, filtered by theme, action and period.
        Assert.Contains(id, await ListedAsync(businessUnit, $"?actionId={action}"));
        Assert.Contains(id, await ListedAsync(chair, "?theme=Domestic%20abuse&from=2026-12-18&to=2026-12-18"));
        Assert.DoesNotContain(id, await ListedAsync(chair, "?theme=voice-of-the-child"));
        Assert.DoesNotContain(id, await ListedAsync(businessUnit, "?from=2026-12-19"));
        Assert.Equal("Re-audit of 20 call-outs: all 20 shared within a day.", (await chair.GetFromJsonAsync<JsonElement>($"{Url}/{id}")).GetProperty("summary").GetString());

        Assert.Equal(1, await CountAsync("SELECT count(*) FROM outbox_messages WHERE type = 'safeguarding.learning-action.impact-evidence-recorded.v1' AND subject = $1", id));
        // Recorded by the police, listed by the business manager and the chair, read by the chair; the other agency's lists never carried it.
        Assert.Equal(4, await CountAsync("SELECT count(*) FROM audit_entries WHERE resource_type = 'impact-evidence' AND resource_id = $1", id));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM audit_entries WHERE resource_type = 'impact-evidence' AND resource_id = $1 AND agency = 'Northshire Integrated Care Board'", id));
    }

    [Theory]
    [InlineData("""{"kind":"audit","summary":"s","on":"2026-12-23"}""", "themes")]
    [InlineData("""{"kind":"anecdote","summary":"s","on":"2026-12-23","themes":["neglect"]}""", "kind")]
    [InlineData("""{"kind":"audit","summary":"s","on":"2026-12-24","themes":["neglect"]}""", "on")]
    [InlineData("""{"kind":"audit","on":"2026-12-23","themes":["neglect"]}""", "summary")]
    public async Task Bad_impact_evidence_is_a_400_problem_naming_the_field(string body, string field)
    {
        using var police = await system.ClientAsync("northshire-police-partner");
        using var response = await police.PostAsync(Url, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
    }

    private static async Task<string?[]> ListedAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"{Url}{query}")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString())];

    private async Task<long> CountAsync(string sql, string subject)
    {
        await using var db = new NpgsqlConnection(await system.App.GetConnectionStringAsync("learningactiondb"));
        await db.OpenAsync();
        await using var count = new NpgsqlCommand(sql, db);
        count.Parameters.AddWithValue(subject);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
