using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// Publication through the gateway: an accepted report opens one publication; the business manager
/// uploads the final report as Word and as PDF, names the child to look for, resolves the hit and
/// schedules publication 7 working days after the national bodies had the report.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PublicationTests(SystemFixture system)
{
    private const string Name = "Ann Jones";
    private const string FinalReportSent = "uk.safeguarding.final-report.sent.v1";

    [Fact]
    public async Task An_accepted_report_opens_one_publication_whose_report_is_checked_for_the_childs_name_resolved_and_scheduled()
    {
        var reviewId = await ReviewJourney.AcceptedReviewAsync(system);
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var chair = await system.ClientAsync("northshire-chair");
        var id = await OpenedAsync(businessUnit, reviewId);

        // The same acceptance delivered again opens nothing more.
        await ReviewJourney.RepublishAcceptanceAsync(system, reviewId);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, (await businessUnit.GetFromJsonAsync<JsonElement>($"/api/publications?reviewId={reviewId}")).GetProperty("total").GetInt32());

        // The notification's identifying details are on the check from the start: the child's name, whole and in parts, and the
        // incident place. The publication service's read of them is on the notification's audit trail.
        var known = (await businessUnit.GetFromJsonAsync<JsonElement>($"/api/publications/{id}/check")).GetProperty("identifiers").EnumerateArray()
            .Where(i => i.GetProperty("source").GetString() == "notification").Select(i => i.GetProperty("value").GetString()).ToList();
        Assert.Contains(Notifications.ChildName, known);
        Assert.Contains(Notifications.ChildName.Split(' ')[^1], known);
        var notificationId = (await businessUnit.GetFromJsonAsync<JsonElement>($"/api/publications/{id}")).GetProperty("notificationId").GetString()!;
        // Two reads: the identifiers for this check, and the national form for the national bodies' feeds (which also reads the outline).
        Assert.Equal((2, 1), (await NotificationReadsByPublicationAsync(notificationId, "children"), await NotificationReadsByPublicationAsync(notificationId, "caseOutline")));

        await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync($"/api/publications/{id}/identifiers", new { value = Name }));
        var docx = await ReviewJourney.OkAsync(businessUnit.PostAsync($"/api/publications/{id}/reports",
            ReportDocuments.Upload(ReportDocuments.Docx("Background", $"{Name} lived with her mother and two brothers."), "final-report.docx")));
        Assert.Equal(1, docx.GetProperty("version").GetInt32());
        Assert.Equal("Ann Jones", Assert.Single(await HitsAsync(chair, id)).GetProperty("text").GetString());

        var pdf = ReportDocuments.Pdf("Learning from the review", $"The school noticed that {Name.ToUpperInvariant()} was often absent.");
        var v2 = await ReviewJourney.OkAsync(businessUnit.PostAsync($"/api/publications/{id}/reports", ReportDocuments.Upload(pdf, "final-report.pdf")));
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), v2.GetProperty("sha256").GetString());
        var hit = Assert.Single(await HitsAsync(chair, id));
        Assert.Equal("ANN JONES", hit.GetProperty("text").GetString());
        Assert.Contains("noticed that ANN JONES was often", hit.GetProperty("context").GetString());

        // Nothing is scheduled while the hit is unresolved, nor before 7 working days' notice (Christmas and New Year's Day between).
        var schedule = new { publishOn = "2027-01-06" };
        await ConflictAsync(businessUnit.PostAsJsonAsync($"/api/publications/{id}/schedule", schedule), "unresolved");
        Assert.Equal(HttpStatusCode.Forbidden, (await chair.PostAsJsonAsync($"/api/publications/{id}/hits/{hit.GetProperty("id")}/resolution",
            new { resolution = "pseudonym", pseudonym = "Child A" })).StatusCode);
        await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync($"/api/publications/{id}/hits/{hit.GetProperty("id")}/resolution",
            new { resolution = "pseudonym", pseudonym = "Child A" }));
        // The pseudonym must be in the version published: v3 carries it, and is checked again.
        await ConflictAsync(businessUnit.PostAsJsonAsync($"/api/publications/{id}/schedule", schedule), "pseudonyms in place");
        var final = ReportDocuments.Pdf("Learning from the review", "The school noticed that Child A was often absent.");
        await ReviewJourney.OkAsync(businessUnit.PostAsync($"/api/publications/{id}/reports", ReportDocuments.Upload(final, "final-report.pdf")));
        Assert.Empty(await HitsAsync(chair, id));
        // Sent through the feeds today. The panel's and Ofsted's receivers accept the push; DfE's fails, and DfE's
        // reader has the report when it reads on past it on its pull feed. Each receipt is recorded.
        await ConflictAsync(businessUnit.PostAsJsonAsync($"/api/publications/{id}/schedule", schedule), "has not been sent");
        using (var receiver = system.App.CreateHttpClient("national-panel-receiver"))
        {
            (await receiver.PostAsync($"/failures/dfe?count=7&type={FinalReportSent}", null)).EnsureSuccessStatusCode();
        }

        var sent = await ReviewJourney.OkAsync(businessUnit.PostAsync($"/api/publications/{id}/national-submission", null));
        Assert.Equal(["national-panel", "dfe", "ofsted"], sent.GetProperty("awaitingAcknowledgement").EnumerateArray().Select(r => r.GetString()));
        var announced = (await Receiver.PushedAsync(system, "ofsted", FinalReportSent, id)).GetProperty("data").GetProperty("report");
        using var ofsted = await system.ClientAsync("ofsted-feed");
        var href = new Uri(announced.GetProperty("href").GetString()!).PathAndQuery;
        Assert.Equal(announced.GetProperty("sha256").GetString(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await ofsted.GetByteArrayAsync(href))));
        Assert.Equal(HttpStatusCode.Forbidden, (await ofsted.GetAsync(href.Replace("/ofsted/", "/dfe/", StringComparison.Ordinal))).StatusCode);
        await ConflictAsync(businessUnit.PostAsJsonAsync($"/api/publications/{id}/schedule", schedule), "awaiting dfe");
        using var dfe = await system.ClientAsync("dfe-feed");
        await Eventually.TrueAsync(async () =>
        {
            for (var cursor = ""; ;)
            {
                var page = await dfe.GetFromJsonAsync<JsonElement>($"/feeds/dfe?after={cursor}&limit=500");
                cursor = page.GetProperty("next").GetString()!;
                if (page.GetProperty("items").GetArrayLength() == 0)
                {
                    return (await businessUnit.GetFromJsonAsync<JsonElement>($"/api/publications/{id}")).GetProperty("awaitingAcknowledgement").GetArrayLength() == 0;
                }
            }
        }, TimeSpan.FromSeconds(60), "the national bodies' receipts of the final report");
        var receipts = (await businessUnit.GetFromJsonAsync<JsonElement>($"/api/publications/{id}")).GetProperty("submissions")[0].GetProperty("acknowledgements")
            .EnumerateArray().ToDictionary(a => a.GetProperty("recipient").GetString()!, a => (a.GetProperty("receivedOn").GetString(), a.GetProperty("how").GetString()));
        Assert.Equal(("2026-12-23", "push"), receipts["national-panel"]);
        Assert.Equal(("2026-12-23", "push"), receipts["ofsted"]);
        Assert.Equal(("2026-12-23", "pull"), receipts["dfe"]);
        await ConflictAsync(businessUnit.PostAsJsonAsync($"/api/publications/{id}/schedule", new { publishOn = "2027-01-05" }), "2027-01-06");
        var scheduled = await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync($"/api/publications/{id}/schedule", schedule));
        Assert.Equal("scheduled", scheduled.GetProperty("status").GetString());

        // Only the chair delays publication; the delay and its reason are kept, and nothing unpublished is on the public register.
        var delay = new { publishOn = "2027-03-01", reason = "The trial begins in January." };
        Assert.Equal(HttpStatusCode.Forbidden, (await businessUnit.PostAsJsonAsync($"/api/publications/{id}/delay", delay)).StatusCode);
        var delayed = await ReviewJourney.OkAsync(chair.PostAsJsonAsync($"/api/publications/{id}/delay", delay));
        Assert.Equal(("2027-03-01", "The trial begins in January."), (delayed.GetProperty("publishOn").GetString(),
            delayed.GetProperty("delays")[0].GetProperty("reason").GetString()));
        Assert.Equal(1, await Outbox.CountAsync(system, "publicationdb", "safeguarding.publication.publication-delayed.v1", id));
        var register = await system.Anonymous.GetFromJsonAsync<JsonElement>("/register/northshire");
        Assert.DoesNotContain(register.GetProperty("online").EnumerateArray(), e => e.GetProperty("id").GetString() == id);

        // The chair downloads an earlier version; the download and the reads of the hits are on the record.
        using var download = await chair.GetAsync($"/api/publications/{id}/reports/2");
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await chair.GetAsync($"/api/publications/{id}/reports/4")).StatusCode);
        (await chair.GetAsync($"/api/publications/{id}")).EnsureSuccessStatusCode();
        var trail = (await chair.GetFromJsonAsync<JsonElement>($"/api/publications/{id}/audit")).GetProperty("items").EnumerateArray().ToArray();
        Assert.Contains(trail, e => e.GetProperty("action").GetString() == "read" && e.GetProperty("fields").EnumerateArray().Any(f => f.GetString() == "reports"));
        Assert.Contains(trail, e => e.GetProperty("action").GetString() == "read" && e.GetProperty("fields").EnumerateArray().Any(f => f.GetString() == "reports[2]"));
        Assert.Contains(trail, e => e.GetProperty("action").GetString() == "read" && e.GetProperty("fields").EnumerateArray().Any(f => f.GetString() == "hits"));

        // Another partnership's chair finds nothing; the national panel has no access here yet.
        using var southshire = await system.ClientAsync("southshire-chair");
        Assert.Equal(HttpStatusCode.NotFound, (await southshire.GetAsync($"/api/publications/{id}")).StatusCode);
        using var panel = await system.ClientAsync("national-panel-feed");
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync("/api/publications")).StatusCode);
    }

    [Fact]
    public async Task A_final_report_that_is_empty_damaged_or_not_a_pdf_or_word_document_is_refused_naming_file()
    {
        var reviewId = await ReviewJourney.AcceptedReviewAsync(system);
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        var id = await OpenedAsync(businessUnit, reviewId);
        foreach (var (content, name) in new[]
        {
            (Array.Empty<byte>(), "empty.pdf"), ("MZ"u8.ToArray(), "report.pdf"), ("%PDF-1.7 not really"u8.ToArray(), "damaged.pdf"),
            ("Plain text is not a final report."u8.ToArray(), "report.txt"), (ReportDocuments.Docx("x"), "report.pdf"),
        })
        {
            using var refused = await businessUnit.PostAsync($"/api/publications/{id}/reports", ReportDocuments.Upload(content, name));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("file", out _), name);
        }

        Assert.Equal(0, (await businessUnit.GetFromJsonAsync<JsonElement>($"/api/publications/{id}")).GetProperty("reports").GetArrayLength());
    }

    private async Task<long> NotificationReadsByPublicationAsync(string notificationId, string field)
    {
        await using var db = new Npgsql.NpgsqlConnection(await system.App.GetConnectionStringAsync("notificationdb"));
        await db.OpenAsync();
        await using var count = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM audit_entries WHERE action = 'read' AND (client_id = 'publication' OR subject = 'publication') AND $2 = ANY(fields)"
            + " AND resource_id = $1", db);
        count.Parameters.AddWithValue(notificationId);
        count.Parameters.AddWithValue(field);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    internal static async Task<string> OpenedAsync(HttpClient client, string reviewId) =>
        (await Eventually.GetAsync(async () =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/publications?reviewId={reviewId}")).GetProperty("items") is { } items
            && items.GetArrayLength() == 1 ? (JsonElement?)items[0] : null, TimeSpan.FromSeconds(30), "the publication"))!.Value.GetProperty("id").GetString()!;

    private static async Task<JsonElement[]> HitsAsync(HttpClient client, string id) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/publications/{id}/check")).GetProperty("hits").EnumerateArray()];

    internal static async Task ConflictAsync(Task<HttpResponseMessage> call, string naming)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{(int)response.StatusCode}: {body}");
        Assert.Contains(naming, body);
    }
}
