using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>The benchmarks per child population through the gateway: the estimates imported, a partnership's areas, its figures against England's and every partnership's side by side.</summary>
[Collection(SystemCollection.Name)]
public sealed class BenchmarkTests(SystemFixture system)
{
    private const string Lcspr = "local-child-safeguarding-practice-review";

    [Fact]
    public async Task A_partnership_is_set_against_its_children_and_England_and_the_national_bodies_see_every_partnership_side_by_side()
    {
        // Northshire's two areas have 60,000 and 40,000 children at mid-2026.
        using var operatorConsole = await system.ClientAsync("operator-console");
        const string estimates = "Area code,Area name,Year,Population aged 0-17\r\nE06000901,Northshire North,2026,60000\r\nE06000902,Northshire South,2026,40000\r\n";
        var imported = await ReviewJourney.OkAsync(operatorConsole.PutAsync("/api/benchmarks/child-population", new StringContent(estimates, Encoding.UTF8, "text/csv")));
        Assert.Equal((2, 2026), (imported.GetProperty("rows").GetInt32(), imported.GetProperty("lastYear").GetInt32()));
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        await ReviewJourney.OkAsync(businessUnit.PutAsJsonAsync("/api/benchmarks/areas", new { areaCodes = new[] { "E06000902", "e06000901" } }));

        // A notification whose rapid review led to a local review, in the financial year 2026-27.
        var before = await ThisYearAsync(businessUnit);
        using var chair = await system.ClientAsync("northshire-chair");
        await ReviewJourney.DecidedRapidReviewAsync(system, businessUnit, chair, Lcspr);
        var after = await ThisYearAsync(businessUnit);
        var partnership = after.GetProperty("partnership");
        Assert.Equal((1, 1, 1), (Count(after, before, "notifications"), Count(after, before, "rapidReviews"), Count(after, before, "localReviews")));
        Assert.Equal((100_000, 2026), (partnership.GetProperty("childPopulation").GetInt32(), partnership.GetProperty("populationYear").GetInt32()));
        Assert.Equal(Math.Round(partnership.GetProperty("notifications").GetInt32() / 10m, 3), partnership.GetProperty("notificationRate").GetDecimal());

        // The counts are the yearly report's.
        var report = await chair.GetFromJsonAsync<JsonElement>("/api/yearly-report?from=2026-04-01&to=2027-03-31");
        Assert.Equal(report.GetProperty("notifications").GetProperty("made").GetInt32(), partnership.GetProperty("notifications").GetInt32());
        Assert.Equal(report.GetProperty("rapidReviews").GetProperty("opened").GetInt32(), partnership.GetProperty("rapidReviews").GetInt32());
        Assert.Equal(report.GetProperty("reviews").EnumerateArray().Where(r => r.GetProperty("type").GetString() == Lcspr).Sum(r => r.GetProperty("started").GetInt32()),
            partnership.GetProperty("localReviews").GetInt32());

        // England as the Department published it: 405 notifications among 11,886,910 children in 2023-24; per 1,000 if asked.
        var england = (await chair.GetFromJsonAsync<JsonElement>("/api/benchmarks?from=2023&to=2023&per=1000")).GetProperty("years")[0].GetProperty("england");
        Assert.Equal((405, 0.034m), (england.GetProperty("notifications").GetInt32(), england.GetProperty("notificationRate").GetDecimal()));

        // The national bodies see every partnership side by side; a partnership does not.
        using var panel = await system.ClientAsync("national-panel-feed");
        var national = await panel.GetFromJsonAsync<JsonElement>("/api/benchmarks/national?year=2026");
        var northshire = national.GetProperty("partnerships").EnumerateArray().Single(p => p.GetProperty("partnership").GetString() == "northshire");
        Assert.Equal(["E06000901", "E06000902"], northshire.GetProperty("areaCodes").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(partnership.GetProperty("notificationRate").GetDecimal(), northshire.GetProperty("figures").GetProperty("notificationRate").GetDecimal());
        Assert.Equal(HttpStatusCode.Forbidden, (await businessUnit.GetAsync("/api/benchmarks/national")).StatusCode);

        // What councillors receive, the printable yearly report, sets the partnership against England too.
        var document = await businessUnit.GetStringAsync("/api/yearly-report/document");
        Assert.Contains("<h2 id=\"benchmarks\">Per 10,000 children, against England</h2>", document);
        Assert.Contains("<td>2026-27</td><td class=\"n\">100000</td>", document);
    }

    [Fact]
    public async Task A_file_with_mistakes_is_refused_naming_each_row_and_column_and_nothing_of_it_is_taken()
    {
        using var operatorConsole = await system.ClientAsync("operator-console");
        const string estimates = "area code,area name,year,population\nE06000903,Westshire,2026,50000\nE06000904,\"=HYPERLINK(\"\"x\"\")\",twenty,5\n";
        using var refused = await operatorConsole.PutAsync("/api/benchmarks/child-population", new StringContent(estimates, Encoding.UTF8, "text/csv"));
        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (refused.StatusCode, refused.Content.Headers.ContentType?.MediaType));
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["row 3, year"], errors.EnumerateObject().Select(e => e.Name));

        // Nothing was taken: the first row's area has no population.
        using var southshire = await system.ClientAsync("southshire-chair");
        await ReviewJourney.OkAsync(southshire.PutAsJsonAsync("/api/benchmarks/areas", new { areaCodes = new[] { "E06000903" } }));
        var year = (await southshire.GetFromJsonAsync<JsonElement>("/api/benchmarks?from=2026")).GetProperty("years")[0];
        Assert.Equal(JsonValueKind.Null, year.GetProperty("partnership").GetProperty("childPopulation").ValueKind);

        foreach (var (body, field) in new (object Body, string Field)[]
                 { (new { areaCodes = new[] { "Northshire" } }, "areaCodes[0]"), (new { areaCodes = Array.Empty<string>() }, "areaCodes") })
        {
            using var bad = await southshire.PutAsJsonAsync("/api/benchmarks/areas", body);
            var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(bad.StatusCode == HttpStatusCode.BadRequest && problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
        }

        using var per = await southshire.GetAsync("/api/benchmarks?per=100");
        Assert.True((await per.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("per", out _));
    }

    private static async Task<JsonElement> ThisYearAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/benchmarks?from=2026&to=2026")).GetProperty("years")[0];

    private static int Count(JsonElement after, JsonElement before, string measure) =>
        after.GetProperty("partnership").GetProperty(measure).GetInt32() - before.GetProperty("partnership").GetProperty(measure).GetInt32();
}
