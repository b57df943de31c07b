using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// The end of the statutory process in one run, through the gateway: a review's accepted report
/// has its final report uploaded and checked for the child's name, is sent to the national panel,
/// DfE and Ofsted through the signed feeds (the stand-in receiver verifies each push), is scheduled
/// for the earliest day the 7 working days' notice allows, and, when the services' clock reaches
/// that day, is published onto the public register and into the repository's feed. (When a report
/// moves to the register's archive is a rule of the publication, tested without servers.) The clock
/// then goes back to where it would have been, for the tests that follow.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ReportToRegisterJourneyTests(SystemFixture system)
{
    private const string FinalReportSent = "uk.safeguarding.final-report.sent.v1";
    private const string CatalogueEntry = "uk.safeguarding.repository.catalogue-entry.v1";

    [Fact]
    public async Task An_accepted_report_is_checked_sent_scheduled_with_lawful_notice_and_published_on_its_day()
    {
        var reviewId = await ReviewJourney.AcceptedReviewAsync(system);
        string id;
        var final = ReportDocuments.Pdf("Learning from the review", "Child A's school noticed that she was often absent.");
        using (var businessUnit = await system.ClientAsync("northshire-business-unit"))
        {
            id = await PublicationTests.OpenedAsync(businessUnit, reviewId);
            var draft = ReportDocuments.Docx("Learning from the review", $"{Notifications.ChildName}'s school noticed that she was often absent.");
            await ReviewJourney.OkAsync(businessUnit.PostAsync($"/api/publications/{id}/reports", ReportDocuments.Upload(draft, "final-report.docx")));
            var hits = (await businessUnit.GetFromJsonAsync<JsonElement>($"/api/publications/{id}/check")).GetProperty("hits").EnumerateArray().ToList();
            Assert.Contains(hits, h => h.GetProperty("text").GetString() == Notifications.ChildName);
            await PublicationTests.ConflictAsync(businessUnit.PostAsync($"/api/publications/{id}/national-submission", null), "unresolved");
            foreach (var hit in hits)
            {
                await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync($"/api/publications/{id}/hits/{hit.GetProperty("id")}/resolution",
                    new { resolution = "pseudonym", pseudonym = "Child A" }));
            }

            await ReviewJourney.OkAsync(businessUnit.PostAsync($"/api/publications/{id}/reports", ReportDocuments.Upload(final, "final-report.pdf")));

            // Sent through the feeds: each body's receiver verifies the signed push, and each receipt is recorded.
            await ReviewJourney.OkAsync(businessUnit.PostAsync($"/api/publications/{id}/national-submission", null));
            foreach (var recipient in new[] { "national-panel", "dfe", "ofsted" })
            {
                var pushed = await Receiver.PushedAsync(system, recipient, FinalReportSent, id);
                Assert.Equal(2, pushed.GetProperty("data").GetProperty("report").GetProperty("version").GetInt32());
            }

            await Eventually.TrueAsync(async () => (await businessUnit.GetFromJsonAsync<JsonElement>($"/api/publications/{id}"))
                .GetProperty("awaitingAcknowledgement").GetArrayLength() == 0, TimeSpan.FromSeconds(60), "the national bodies' receipts");

            // Received on 23 December: the 7 working days run past Christmas, Boxing Day and New Year's Day to 6 January.
            await PublicationTests.ConflictAsync(businessUnit.PostAsJsonAsync($"/api/publications/{id}/schedule", new { publishOn = "2027-01-05" }), "2027-01-06");
            await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync($"/api/publications/{id}/schedule", new { publishOn = "2027-01-06" }));
            await PublicationTests.ConflictAsync(businessUnit.PostAsJsonAsync($"/api/publications/{id}/publication", Entry), "2027-01-06");
        }

        var since = Stopwatch.StartNew();
        var before = system.ClockNow;
        await system.MoveClockToAsync(new DateTimeOffset(2027, 1, 6, 9, 0, 0, TimeSpan.Zero));
        try
        {
            // Tokens are asked for again on the new day.
            using var businessUnit = await system.ClientAsync("northshire-business-unit");
            var published = await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync($"/api/publications/{id}/publication", Entry));
            Assert.Equal(("published", "2027-01-06"), (published.GetProperty("status").GetString(), published.GetProperty("publishedOn").GetString()));

            var item = (await system.Anonymous.GetFromJsonAsync<JsonElement>("/register/northshire")).GetProperty("online").EnumerateArray()
                .Single(e => e.GetProperty("id").GetString() == id);
            Assert.Equal("2027 – northshire – Child A", item.GetProperty("title").GetString());
            Assert.Equal(final, await system.Anonymous.GetByteArrayAsync(item.GetProperty("reportUrl").GetString()));

            var catalogued = await Receiver.PushedAsync(system, "case-review-repository", CatalogueEntry, id);
            Assert.Equal("2027 – northshire – Child A", catalogued.GetProperty("data").GetProperty("title").GetString());
            using var repository = await system.ClientAsync("repository-feed");
            await Eventually.TrueAsync(async () =>
            {
                for (var cursor = ""; ;)
                {
                    var page = await repository.GetFromJsonAsync<JsonElement>($"/feeds/case-review-repository?after={cursor}&limit=500");
                    if (page.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("subject").GetString() == id))
                    {
                        return true;
                    }

                    cursor = page.GetProperty("next").GetString()!;
                    if (page.GetProperty("items").GetArrayLength() == 0)
                    {
                        return false;
                    }
                }
            }, TimeSpan.FromSeconds(30), "the catalogue entry on the repository's pull feed");
        }
        finally
        {
            await system.MoveClockToAsync(before + since.Elapsed);
        }
    }

    private static readonly object Entry = new
    {
        name = "Child A", incident = "A child was seriously harmed at home.", ageBand = "5-9", sex = "female", incidentMonth = "2026-09",
        recommendations = new[] { "Schools share attendance concerns with the family's social worker." },
    };
}
