using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// The rapid review meeting through the gateway: invitations to the partners, papers shared only
/// with the invited agencies (every download on the audit trail), attendance against invitations.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class RapidReviewMeetingTests(SystemFixture system)
{
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private static readonly object Invitations = new
    {
        meetsOn = "2027-01-05", startsAt = "10:00", venue = "County Hall, committee room 2",
        invitees = new[]
        {
            new { agency = "Northshire Police", agencyType = "police", name = "DS Jo Example", email = "jo.example@police.example" },
            new { agency = "Northshire Integrated Care Board", agencyType = "health", name = "Dr Sam Lee", email = "sam.lee@icb.example" },
        },
    };

    [Fact]
    public async Task Partners_are_invited_papers_reach_only_the_invited_agencies_and_attendance_is_recorded_against_invitations()
    {
        var id = await RapidReviews.OpenAsync(system);
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var police = await system.ClientAsync("northshire-police-partner");
        using var school = await system.ClientAsync("northshire-school");
        using var chair = await system.ClientAsync("northshire-chair");
        using var otherChair = await system.ClientAsync("southshire-chair");

        // Before anything is planned the police are invited to nothing.
        await ProblemAsync(await police.GetAsync($"/api/rapid-reviews/{id}/meeting"), HttpStatusCode.Forbidden);
        var planned = await OkAsync(await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{id}/meeting/invitations", Invitations));
        Assert.Equal("2027-01-05", planned.GetProperty("meetsOn").GetString());
        Assert.Equal(2, planned.GetProperty("invitations").GetArrayLength());
        await AssertEventAsync(id, ["Northshire Police", "Northshire Integrated Care Board"]);

        using var shared = await businessUnit.PostAsync($"/api/rapid-reviews/{id}/meeting/papers", Paper("agency-reports.pdf", Pdf, "Agency reports"));
        var paper = await OkAsync(shared);
        var paperId = paper.GetProperty("id").GetString();
        Assert.Equal("application/pdf", paper.GetProperty("contentType").GetString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)), paper.GetProperty("sha256").GetString());

        // The invited police read the meeting and download the paper, byte for byte.
        var seen = await OkAsync(await police.GetAsync($"/api/rapid-reviews/{id}/meeting"));
        Assert.Equal(paperId, seen.GetProperty("papers")[0].GetProperty("id").GetString());
        using (var download = await police.GetAsync($"/api/rapid-reviews/{id}/meeting/papers/{paperId}"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        }

        // The school is of the partnership but not invited; southshire finds nothing.
        await ProblemAsync(await school.GetAsync($"/api/rapid-reviews/{id}/meeting/papers/{paperId}"), HttpStatusCode.Forbidden);
        await ProblemAsync(await school.GetAsync($"/api/rapid-reviews/{id}/meeting"), HttpStatusCode.Forbidden);
        await ProblemAsync(await otherChair.GetAsync($"/api/rapid-reviews/{id}/meeting/papers/{paperId}"), HttpStatusCode.NotFound);
        await ProblemAsync(await otherChair.GetAsync($"/api/rapid-reviews/{id}/meeting"), HttpStatusCode.NotFound);
        await ProblemAsync(await chair.GetAsync($"/api/rapid-reviews/{id}/meeting/papers/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        (await chair.GetAsync($"/api/rapid-reviews/{id}/meeting/papers/{paperId}")).EnsureSuccessStatusCode();

        // Attendance against the invitations, read back with the meeting.
        var invitations = planned.GetProperty("invitations").EnumerateArray().ToList();
        (await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{id}/meeting", new
        {
            heldOn = "2026-12-23", attendance = new { localAuthority = true, police = true, health = false },
            invitees = new[]
            {
                new { invitationId = invitations[0].GetProperty("id").GetString(), attended = true },
                new { invitationId = invitations[1].GetProperty("id").GetString(), attended = false },
            },
        })).EnsureSuccessStatusCode();
        var held = await OkAsync(await chair.GetAsync($"/api/rapid-reviews/{id}/meeting"));
        Assert.Equal([true, false], held.GetProperty("invitations").EnumerateArray().Select(i => i.GetProperty("attended").GetBoolean()));
        Assert.Equal("2026-12-23", held.GetProperty("held").GetProperty("heldOn").GetString());
        await ProblemAsync(await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{id}/meeting/invitations", Invitations), HttpStatusCode.Conflict);

        // Each read of the meeting and each download is on the audit trail, by whoever read it; refusals read nothing.
        var trail = (await chair.GetFromJsonAsync<JsonElement>($"/api/rapid-reviews/{id}/audit")).GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(["create", "invite-to-meeting", "share-meeting-paper", "read", "read", "read", "record-meeting", "read"],
            trail.Select(e => e.GetProperty("action").GetString()));
        var downloads = trail.Where(e => e.GetRawText().Contains(paperId!, StringComparison.Ordinal)).ToList();
        Assert.Equal(["northshire-police-partner", "northshire-chair"], downloads.Select(e => e.GetProperty("subject").GetString()));
        Assert.All(downloads, e => Assert.Equal("read", e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task A_paper_that_is_not_an_allowed_document_or_is_too_large_is_a_problem_naming_file_never_a_500()
    {
        var id = await RapidReviews.OpenAsync(system);
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        (await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{id}/meeting/invitations", Invitations)).EnsureSuccessStatusCode();

        await FieldAsync(await businessUnit.PostAsync($"/api/rapid-reviews/{id}/meeting/papers", Paper("minutes.pdf", "<html>not a pdf</html>"u8.ToArray(), "Minutes")), "file");
        await FieldAsync(await businessUnit.PostAsync($"/api/rapid-reviews/{id}/meeting/papers", Paper("minutes.exe", Pdf, "Minutes")), "file");
        await FieldAsync(await businessUnit.PostAsync($"/api/rapid-reviews/{id}/meeting/papers", Paper("minutes.pdf", [], "Minutes")), "file");
        await FieldAsync(await businessUnit.PostAsync($"/api/rapid-reviews/{id}/meeting/papers", Paper("minutes.pdf", Pdf, " ")), "title");
        using (var noFile = new MultipartFormDataContent { { new StringContent("Minutes"), "title" } })
        {
            await FieldAsync(await businessUnit.PostAsync($"/api/rapid-reviews/{id}/meeting/papers", noFile), "file");
        }

        var justOver = new byte[10 * 1024 * 1024 + 1];
        Pdf.CopyTo(justOver, 0);
        await FieldAsync(await businessUnit.PostAsync($"/api/rapid-reviews/{id}/meeting/papers", Paper("big.pdf", justOver, "Big")), "file");
        // Far over: refused at the door, before it is read (Expect: 100-continue, as clients send for large bodies).
        using var huge = new HttpRequestMessage(HttpMethod.Post, $"/api/rapid-reviews/{id}/meeting/papers") { Content = Paper("huge.pdf", new byte[12 * 1024 * 1024], "Huge") };
        huge.Headers.ExpectContinue = true;
        using var far = await businessUnit.SendAsync(huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, far.StatusCode);
        Assert.Equal("application/problem+json", far.Content.Headers.ContentType?.MediaType);

        // The service itself refuses a form over its limit with a problem too (callers inside the platform skip the gateway).
        using var service = system.App.CreateHttpClient("rapid-review", "http");
        service.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Tokens.GetAsync(system.Anonymous, "northshire-business-unit"));
        using var direct = new HttpRequestMessage(HttpMethod.Post, $"/api/rapid-reviews/{id}/meeting/papers") { Content = Paper("huge.pdf", new byte[12 * 1024 * 1024], "Huge") };
        direct.Headers.ExpectContinue = true;
        using var refused = await service.SendAsync(direct);
        Assert.True(refused.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"{(int)refused.StatusCode}");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        var meeting = await OkAsync(await businessUnit.GetAsync($"/api/rapid-reviews/{id}/meeting"));
        Assert.Equal(0, meeting.GetProperty("papers").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"meetsOn":"2026-12-01","venue":"v","invitees":[{"agency":"a","agencyType":"police","name":"n","email":"a@b.example"}]}""", "meetsOn")]
    [InlineData("""{"meetsOn":"2027-06-01","venue":"v","invitees":[{"agency":"a","agencyType":"police","name":"n","email":"a@b.example"}]}""", "meetsOn")]
    [InlineData("""{"meetsOn":"2027-01-05","invitees":[{"agency":"a","agencyType":"police","name":"n","email":"a@b.example"}]}""", "venue")]
    [InlineData("""{"meetsOn":"2027-01-05","venue":"v","invitees":[]}""", "invitees")]
    [InlineData("""{"meetsOn":"2027-01-05","venue":"v","invitees":[{"agency":"a","agencyType":"school","name":"n","email":"a@b.example"}]}""", "invitees[0].agencyType")]
    [InlineData("""{"meetsOn":"2027-01-05","venue":"v","invitees":[{"agency":"a","agencyType":"police","name":"n","email":"not an email"}]}""", "invitees[0].email")]
    [InlineData("""{"meetsOn":"2027-01-05","venue":"v","invitees":[null]}""", "invitees[0]")]
    public async Task Bad_invitations_are_400_problems_naming_the_field(string body, string field)
    {
        var id = await RapidReviews.OpenAsync(system);
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        await FieldAsync(await businessUnit.PostAsync($"/api/rapid-reviews/{id}/meeting/invitations",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json")), field);
    }

    [Fact]
    public async Task Attendance_must_be_against_the_reviews_own_invitations()
    {
        var id = await RapidReviews.OpenAsync(system);
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        await FieldAsync(await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{id}/meeting", new
        {
            heldOn = "2026-12-23", attendance = new { localAuthority = true, police = true, health = true },
            invitees = new[] { new { invitationId = Guid.NewGuid(), attended = true } },
        }), "invitees[0].invitationId");
    }

    private static MultipartFormDataContent Paper(string fileName, byte[] content, string title)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(title), "title" } };
    }

    private async Task AssertEventAsync(string id, string[] agencies)
    {
        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync("rapidreviewdb"));
        await connection.OpenAsync();
        await using var events = new NpgsqlCommand(
            "SELECT data FROM outbox_messages WHERE type = 'safeguarding.rapid-review.meeting-invitations-sent.v1' AND subject = $1", connection);
        events.Parameters.AddWithValue(id);
        var data = (string)(await events.ExecuteScalarAsync())!;
        var sent = JsonDocument.Parse(data).RootElement;
        Assert.Equal(agencies, sent.GetProperty("invitedAgencies").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2027-01-05", sent.GetProperty("meetsOn").GetString());
        Assert.DoesNotContain("@", data);
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
    }

    private static async Task ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static async Task FieldAsync(HttpResponseMessage response, string field)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
            Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
        }
    }
}
