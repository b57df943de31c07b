using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>The yearly report through the gateway: every service's count of the partnership's year, for those who answer for it.</summary>
[Collection(SystemCollection.Name)]
public sealed class YearlyReportTests(SystemFixture system)
{
    private const string Lcspr = "local-child-safeguarding-practice-review";

    [Fact]
    public async Task A_review_taken_from_notification_to_an_accepted_report_is_counted_in_the_financial_year_by_every_service()
    {
        using var chair = await system.ClientAsync("northshire-chair");
        var before = await chair.GetFromJsonAsync<JsonElement>("/api/yearly-report");
        // The services' clock reads 23 December 2026: the financial year 2026 to 2027.
        Assert.Equal(("2026-04-01", "2027-03-31"), (before.GetProperty("from").GetString(), before.GetProperty("to").GetString()));

        await ReviewJourney.AcceptedReviewAsync(system);

        var after = await chair.GetFromJsonAsync<JsonElement>("/api/yearly-report");
        Assert.Equal(1, Count(after, "notifications", "made") - Count(before, "notifications", "made"));
        Assert.Equal(1, Count(after, "notifications", "abuseOrNeglectSuspected") - Count(before, "notifications", "abuseOrNeglectSuspected"));
        Assert.Equal(1, Count(after, "referrals", "notified") - Count(before, "referrals", "notified"));
        Assert.Equal(1, Count(after, "rapidReviews", "opened") - Count(before, "rapidReviews", "opened"));
        Assert.Equal(1, Decisions(after) - Decisions(before));
        Assert.Equal((1, 1), (Review(after, "started") - Review(before, "started"), Review(after, "completed") - Review(before, "completed")));
        Assert.Equal(["decision", "author-appointed"], after.GetProperty("timeliness").EnumerateArray().Select(t => t.GetProperty("countedFrom").GetString()));

        // A period in which nothing happened counts nothing.
        var empty = await chair.GetFromJsonAsync<JsonElement>("/api/yearly-report?from=2016-04-01&to=2017-03-31");
        Assert.Equal((0, 0), (Count(empty, "notifications", "made"), Count(empty, "rapidReviews", "opened")));
    }

    [Fact]
    public async Task Only_the_business_manager_and_the_chair_read_it_and_a_period_that_is_not_one_is_a_400_naming_the_field()
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using (var ok = await businessUnit.GetAsync("/api/yearly-report?from=2025-04-01&to=2026-03-31"))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using (var agency = await system.Gateway.GetAsync("/api/yearly-report"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, agency.StatusCode);
        }

        using (var csv = await businessUnit.GetAsync("/api/yearly-report/tables/notifications.csv?from=2026-04-01&to=2027-03-31"))
        {
            Assert.Equal(("text/csv", "Figure,Count"), (csv.Content.Headers.ContentType?.MediaType, (await csv.Content.ReadAsStringAsync()).Split("\r\n")[0]));
        }

        using (var document = await businessUnit.GetAsync("/api/yearly-report/document"))
        {
            var html = await document.Content.ReadAsStringAsync();
            Assert.Equal("text/html", document.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<title>Yearly report: northshire, 1 April 2026 to 31 March 2027</title>", html);
            Assert.Contains("<svg ", html);
        }

        using (var unknown = await businessUnit.GetAsync("/api/yearly-report/tables/children.csv"))
        {
            Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (unknown.StatusCode, unknown.Content.Headers.ContentType?.MediaType));
        }

        foreach (var (query, field) in new[] { ("from=2026-04-01&to=2026-03-31", "to"), ("from=2000-01-01&to=2026-03-31", "to"), ("from=last-year", "from") })
        {
            using var bad = await businessUnit.GetAsync($"/api/yearly-report?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{query}: {problem}");
        }
    }

    [Fact]
    public async Task Publishing_the_report_keeps_it_as_published_and_sends_its_figures_and_document_to_the_national_panel()
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        // Since 1 April 2026, up to today (23 December 2026).
        using var published = await businessUnit.PostAsJsonAsync("/api/yearly-report/publications", new { from = "2026-04-01" });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var report = await published.Content.ReadFromJsonAsync<JsonElement>();
        var id = report.GetProperty("id").GetString()!;
        Assert.Equal(("2026-04-01", "2026-12-23"), (report.GetProperty("from").GetString(), report.GetProperty("to").GetString()));

        var pushed = await Receiver.PushedAsync(system, "national-panel", "uk.safeguarding.yearly-report.published.v1", id);
        var data = pushed.GetProperty("data");
        Assert.Equal(("northshire", "2026-12-23"), (data.GetProperty("partnership").GetString(), data.GetProperty("figures").GetProperty("to").GetString()));
        using var panel = await system.ClientAsync("national-panel-feed");
        var document = await panel.GetStringAsync(new Uri(data.GetProperty("document").GetString()!).PathAndQuery);
        Assert.Contains("<title>Yearly report: northshire, 1 April 2026 to 23 December 2026</title>", document);
        Assert.Equal(document, await businessUnit.GetStringAsync(report.GetProperty("document").GetString()));
        Assert.Contains(id, (await businessUnit.GetFromJsonAsync<JsonElement>("/api/yearly-report/publications")).EnumerateArray()
            .Select(r => r.GetProperty("id").GetString()));

        // Days still to come cannot be reported as published; another partnership's report is not found.
        using var early = await businessUnit.PostAsJsonAsync("/api/yearly-report/publications", new { from = "2026-04-01", to = "2027-03-31" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        using var southshire = await system.ClientAsync("southshire-chair");
        Assert.Equal(HttpStatusCode.NotFound, (await southshire.GetAsync(report.GetProperty("document").GetString())).StatusCode);
    }

    private static int Count(JsonElement report, string section, string figure) => report.GetProperty(section).GetProperty(figure).GetInt32();

    private static int Decisions(JsonElement report) => report.GetProperty("rapidReviews").GetProperty("decisions").EnumerateArray()
        .Where(d => d.GetProperty("outcome").GetString() == Lcspr).Sum(d => d.GetProperty("count").GetInt32());

    private static int Review(JsonElement report, string figure) => report.GetProperty("reviews").EnumerateArray()
        .Where(r => r.GetProperty("type").GetString() == Lcspr).Sum(r => r.GetProperty(figure).GetInt32());
}
