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
