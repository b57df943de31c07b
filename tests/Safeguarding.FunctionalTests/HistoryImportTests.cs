using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>Bringing a partnership's history in from its register, through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class HistoryImportTests(SystemFixture system)
{
    private static MultipartFormDataContent Upload(byte[] content, string fileName) =>
        new() { { new ByteArrayContent(content), "file", fileName } };

    [Fact]
    public async Task A_dry_run_names_every_problem_by_row_and_column_and_says_what_the_good_rows_hold()
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        var register = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "register.csv"));
        var clean = await ReviewJourney.OkAsync(businessUnit.PostAsync("/api/history-imports/dry-run", Upload(register, "register.csv")));
        Assert.True(clean.GetProperty("importable").GetBoolean(), clean.ToString());
        Assert.Equal(clean.GetProperty("rows").GetInt32(), clean.GetProperty("counts").GetProperty("cases").GetInt32());

        const string mistakes = "Reference,Referred on,Decision,Notified on,Age\nRef901,February 2018,Notified,,4\nRef902,31/02/2019,Not notified,,19\n"
            + "Ref903,\"=HYPERLINK(\"\"http://x\"\")\",,,\n";
        var report = await ReviewJourney.OkAsync(businessUnit.PostAsync("/api/history-imports/dry-run", Upload(Encoding.UTF8.GetBytes(mistakes), "register.csv")));
        Assert.False(report.GetProperty("importable").GetBoolean());
        Assert.Equal([(2, "Notified on"), (2, "Nature"), (3, "Age"), (3, "Referred on"), (4, "Referred on")],
            report.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString())));
        Assert.Equal(0, report.GetProperty("counts").GetProperty("cases").GetInt32());
    }

    [Fact]
    public async Task A_register_imported_is_counted_in_the_yearly_report_imported_again_changes_nothing_and_nothing_reaches_the_national_feeds()
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var panel = await system.ClientAsync("national-panel-feed");
        var feedStart = await FeedTests.EndAsync(panel, "national-panel");
        var register = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "register.csv"));

        var first = await Created(businessUnit.PostAsync("/api/history-imports", Upload(register, "register.csv")));
        var again = await Created(businessUnit.PostAsync("/api/history-imports", Upload(register, "register.csv")));
        Assert.Equal(9, first.GetProperty("cases").GetInt32());
        Assert.Equal((0, 0, 9), (again.GetProperty("added").GetInt32(), again.GetProperty("changed").GetInt32(), again.GetProperty("unchanged").GetInt32()));
        // Complete once every service has taken its part; the second, which changed nothing, at once.
        Assert.True(again.GetProperty("complete").GetBoolean());
        var taken = await Eventually.GetAsync(async () =>
        {
            var import = await businessUnit.GetFromJsonAsync<JsonElement>($"/api/history-imports/{first.GetProperty("id").GetString()}");
            return import.GetProperty("complete").GetBoolean() ? (JsonElement?)import : null;
        }, TimeSpan.FromSeconds(30), "every service's part of the import");
        Assert.Equal(["notification", "rapid-review"], taken!.Value.GetProperty("takenBy").EnumerateArray().Select(s => s.GetString()).Order());

        // 2016-17: Ref050 and Ref051 notified (serious harm with abuse suspected; a looked-after child's death), Ref052 not
        // notified (decided in November 2016, a month only), Ref053 kept for learning (February 2017).
        JsonElement? year = await businessUnit.GetFromJsonAsync<JsonElement>("/api/yearly-report?from=2016-04-01&to=2017-03-31");
        var referrals = year!.Value.GetProperty("referrals");
        Assert.Equal((4, 2, 1, 1), (referrals.GetProperty("considered").GetInt32(), referrals.GetProperty("notified").GetInt32(),
            referrals.GetProperty("notNotified").GetInt32(), referrals.GetProperty("keptForLearning").GetInt32()));
        var notifications = year.Value.GetProperty("notifications");
        Assert.Equal((2, 1, 1, 1, 1), (notifications.GetProperty("made").GetInt32(), notifications.GetProperty("childDeaths").GetInt32(),
            notifications.GetProperty("seriousHarm").GetInt32(), notifications.GetProperty("abuseOrNeglectSuspected").GetInt32(),
            notifications.GetProperty("lookedAfterChildDeaths").GetInt32()));
        // Their rapid reviews (before the working-day calendar begins, so their timeliness is not known), the chair's
        // decisions, and the serious case review that followed Ref050, started in June 2016 and completed in January 2017.
        var rapidReviews = year.Value.GetProperty("rapidReviews");
        Assert.Equal((2, 2, 0), (rapidReviews.GetProperty("opened").GetInt32(), rapidReviews.GetProperty("submitted").GetInt32(),
            rapidReviews.GetProperty("submittedWithin15WorkingDays").GetInt32()));
        Assert.Equal([("no-further-action", 1), ("serious-case-review", 1)], rapidReviews.GetProperty("decisions").EnumerateArray()
            .Select(d => (d.GetProperty("outcome").GetString(), d.GetProperty("count").GetInt32())).Order());
        var scr = year.Value.GetProperty("reviews").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "serious-case-review");
        Assert.Equal((1, 1, 1), (scr.GetProperty("started").GetInt32(), scr.GetProperty("completed").GetInt32(), scr.GetProperty("published").GetInt32()));
        // Published in March 2017, a month only, under the partnership's reference.
        var published = Assert.Single(year.Value.GetProperty("published").EnumerateArray());
        Assert.Equal(("Ref050", "2017-03-01"), (published.GetProperty("review").GetString(), published.GetProperty("publishedOn").GetString()));
        // 2017-18: Ref055 notified on 15 February 2018 and its rapid review sent on 1 March, within 15 working days.
        var later = await businessUnit.GetFromJsonAsync<JsonElement>("/api/yearly-report?from=2017-04-01&to=2018-03-31");
        Assert.Equal((2, 1), (later.GetProperty("rapidReviews").GetProperty("submitted").GetInt32(),
            later.GetProperty("rapidReviews").GetProperty("submittedWithin15WorkingDays").GetInt32()));

        var benchmark = (await businessUnit.GetFromJsonAsync<JsonElement>("/api/benchmarks?from=2016&to=2016")).GetProperty("years")[0];
        Assert.Equal((2, 2, 0), (benchmark.GetProperty("partnership").GetProperty("notifications").GetInt32(),
            benchmark.GetProperty("partnership").GetProperty("rapidReviews").GetInt32(), benchmark.GetProperty("partnership").GetProperty("localReviews").GetInt32()));
        Assert.Equal(2, (await businessUnit.GetFromJsonAsync<JsonElement>("/api/history-imports")).GetArrayLength());

        // The register of reviews in the partnership's own layout, month-only dates kept as months; as CSV too.
        var reviews = await businessUnit.GetFromJsonAsync<JsonElement>("/api/yearly-report/register-of-reviews");
        var ref055 = reviews.EnumerateArray().Single(l => l.GetProperty("reference").GetString() == "Ref055");
        Assert.Equal(("Death of an infant (illustrative)", "Eastville", "female", 0, "Published", "2018-03"), (ref055.GetProperty("summary").GetString(),
            ref055.GetProperty("location").GetString(), ref055.GetProperty("gender").GetString(), ref055.GetProperty("age").GetInt32(),
            ref055.GetProperty("status").GetString(), ref055.GetProperty("decidedOn").GetString()));
        var csv = await businessUnit.GetStringAsync("/api/yearly-report/register-of-reviews.csv");
        Assert.StartsWith("Reference,Summary,Location,Gender,Age,Status,Type,Decided on,Published\r\n", csv);
        Assert.Contains("Ref050,Injury to an infant (illustrative),Northtown,male,0,Published,serious-case-review,2016-06,2017-03", csv);

        // Nothing of it on the national panel's feed.
        var page = await panel.GetFromJsonAsync<JsonElement>($"/feeds/national-panel?after={feedStart}&limit=500");
        Assert.DoesNotContain(page.GetProperty("items").EnumerateArray(), i => i.ToString().Contains("2016-05-04", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_register_with_a_problem_is_not_imported_at_all()
    {
        using var chair = await system.ClientAsync("southshire-chair");
        const string register = "Reference,Referred on,Decision,Decided on\nRef701,2019-01-02,Not notified,2019-01-03\nRef702,2019-01-02,Perhaps,2019-01-03\n";
        using var refused = await chair.PostAsync("/api/history-imports", Upload(Encoding.UTF8.GetBytes(register), "register.csv"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["row 3, decision"], (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, (await chair.GetFromJsonAsync<JsonElement>("/api/history-imports")).GetArrayLength());
        var report = await chair.GetFromJsonAsync<JsonElement>("/api/yearly-report?from=2018-04-01&to=2019-03-31");
        Assert.Equal(0, report.GetProperty("referrals").GetProperty("considered").GetInt32());
    }

    private static async Task<JsonElement> Created(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body;
    }

    [Fact]
    public async Task A_file_that_is_not_a_register_is_refused_naming_the_file_and_never_a_500()
    {
        using var chair = await system.ClientAsync("northshire-chair");
        foreach (var (content, name) in new (byte[], string)[]
                 {
                     ([.. "PK\u0003\u0004"u8, .. new byte[64]], "register.xlsx"), ("Child,Age\nAnn,4\n"u8.ToArray(), "register.csv"),
                     ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "register.xls"),
                 })
        {
            using var refused = await chair.PostAsync("/api/history-imports/dry-run", Upload(content, name));
            Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (refused.StatusCode, refused.Content.Headers.ContentType?.MediaType));
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("file", out _));
        }

        // 50 MB, announced before it is sent: refused before any of it is read.
        using var tooLarge = new HttpRequestMessage(HttpMethod.Post, "/api/history-imports/dry-run") { Content = Upload(new byte[50 * 1024 * 1024], "register.csv") };
        tooLarge.Headers.ExpectContinue = true;
        using var huge = await chair.SendAsync(tooLarge);
        Assert.True(huge.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, huge.StatusCode.ToString());
        Assert.Equal("application/problem+json", huge.Content.Headers.ContentType?.MediaType);
    }
}
