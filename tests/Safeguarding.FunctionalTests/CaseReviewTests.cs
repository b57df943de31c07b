using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>The review that follows a rapid review, tracked to an accepted report with recommendations.</summary>
[Collection(SystemCollection.Name)]
public sealed class CaseReviewTests(SystemFixture system)
{
    [Fact]
    public async Task A_partnership_tracks_a_local_review_from_the_chairs_decision_to_an_accepted_report()
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var chair = await system.ClientAsync("northshire-chair");
        using var reviewer = await system.ClientAsync("northshire-reviewer");
        var rapidReviewId = await DecidedRapidReviewAsync(businessUnit, chair, "local-child-safeguarding-practice-review");

        var review = (await chair.GetFromJsonAsync<JsonElement>($"/api/reviews?rapidReviewId={rapidReviewId}")).GetProperty("items").EnumerateArray().Single();
        var id = review.GetProperty("id").GetString();
        Assert.Equal("local-child-safeguarding-practice-review", review.GetProperty("type").GetString());
        Assert.Equal("2027-06-23", review.GetProperty("targetCompletionOn").GetString());

        // Out of order: a draft report before a reviewer, an acceptance before a draft.
        Assert.Equal(HttpStatusCode.Conflict, (await reviewer.PostAsJsonAsync($"/api/reviews/{id}/draft-report", new { receivedOn = "2026-12-23" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await businessUnit.PostAsJsonAsync($"/api/reviews/{id}/acceptance", ReviewJourney.Acceptance)).StatusCode);


        await Ok(businessUnit.PostAsJsonAsync($"/api/reviews/{id}/reviewer", new { name = "Tom Fielding", appointedOn = "2026-12-23", methodology = "Learning Together (systems)" }));
        await Ok(reviewer.PostAsJsonAsync($"/api/reviews/{id}/terms-of-reference", new { agreedOn = "2026-12-23" }));
        await Ok(reviewer.PostAsJsonAsync($"/api/reviews/{id}/panel-meetings", new { heldOn = "2026-12-23" }));
        await Ok(reviewer.PostAsJsonAsync($"/api/reviews/{id}/practitioner-learning-event", new
        {
            heldOn = "2026-12-23", attendance = new[] { new { agency = "Northshire Police", practitioners = 4 }, new { agency = "Northshire Academy", practitioners = 2 } },
        }));
        await Ok(reviewer.PostAsJsonAsync($"/api/reviews/{id}/family-involvement", new { status = "took-part", childsVoice = "Through school work and the mother's account." }));
        var withProceedings = await Ok(businessUnit.PostAsJsonAsync($"/api/reviews/{id}/parallel-proceedings", new
        {
            kind = "criminal-trial", expectedConclusionOn = "2027-09-01", expectedDelayDays = 90, reason = "Publication must wait for the trial's verdict.",
        }));
        // Parallel proceedings move the expected completion: 23 June 2027 + 90 days.
        Assert.Equal("2027-09-21", withProceedings.GetProperty("expectedCompletionOn").GetString());
        await Ok(businessUnit.PostAsJsonAsync($"/api/reviews/{id}/costs", new
        {
            authorFee = 9500.00m, otherCosts = 750.50m,
            partnerContributions = new[] { new { partner = "local-authority", amount = 3500m }, new { partner = "police", amount = 3375.25m }, new { partner = "health", amount = 3375.25m } },
        }));
        var slipped = await Ok(businessUnit.PostAsJsonAsync($"/api/reviews/{id}/slippage", new { newExpectedCompletionOn = "2027-10-29", reason = "Reviewer unwell for six weeks." }));
        Assert.Equal("2027-10-29", slipped.GetProperty("expectedCompletionOn").GetString());

        // Expected after its six-month target: red on the briefing paper, with the reasons.
        var paper = await businessUnit.GetFromJsonAsync<JsonElement>("/api/rapid-reviews/briefing-paper");
        var line = paper.GetProperty("reviews").EnumerateArray().Single(r => r.GetProperty("reviewId").GetString() == id);
        Assert.Equal("red", line.GetProperty("rating").GetString());
        Assert.Equal("practitioner learning event held; awaiting the draft report", line.GetProperty("stage").GetString());
        Assert.Equal(["criminal-trial: Publication must wait for the trial's verdict.", "Reviewer unwell for six weeks."],
            line.GetProperty("delays").EnumerateArray().Select(d => d.GetString()));
        await Ok(reviewer.PostAsJsonAsync($"/api/reviews/{id}/draft-report", new { receivedOn = "2026-12-23" }));
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsJsonAsync($"/api/reviews/{id}/acceptance", ReviewJourney.Acceptance)).StatusCode);

        var accepted = await Ok(businessUnit.PostAsJsonAsync($"/api/reviews/{id}/acceptance", ReviewJourney.Acceptance));
        Assert.Equal("report-accepted", accepted.GetProperty("status").GetString());
        Assert.Equal(["R1", "R2"], accepted.GetProperty("report").GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("id").GetString()));

        // The acceptance is published once, for learning and actions and publication to take up.
        Assert.Equal(1, await Outbox.CountAsync(system, "rapidreviewdb", "safeguarding.rapid-review.review-report-accepted.v1", id!));
        Assert.Equal(HttpStatusCode.Conflict, (await businessUnit.PostAsJsonAsync($"/api/reviews/{id}/acceptance", ReviewJourney.Acceptance)).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await businessUnit.PostAsJsonAsync($"/api/reviews/{id}/panel-meetings", new { heldOn = "2026-12-23" })).StatusCode);

        // Listed, the review carries no child's voice, findings or costs.
        var listed = await chair.GetStringAsync($"/api/reviews?rapidReviewId={rapidReviewId}");
        Assert.Equal("report-accepted", JsonDocument.Parse(listed).RootElement.GetProperty("items")[0].GetProperty("status").GetString());
        foreach (var detail in new[] { "mother's account", "childsVoice", "findings", "authorFee", "Police to refer every" })
        {
            Assert.DoesNotContain(detail, listed);
        }

        using var readBack = await chair.GetAsync($"/api/reviews/{id}");
        Assert.True(readBack.StatusCode == HttpStatusCode.OK, await readBack.Content.ReadAsStringAsync());
        // The read disclosed the family's involvement, the costs and the report's findings: it is on the record.
        await using (var connection = new Npgsql.NpgsqlConnection(await system.App.GetConnectionStringAsync("rapidreviewdb")))
        {
            await connection.OpenAsync();
            await using var reads = new Npgsql.NpgsqlCommand(
                "SELECT fields FROM audit_entries WHERE resource_type = 'review' AND resource_id = $1 AND action = 'read' ORDER BY id DESC LIMIT 1", connection);
            reads.Parameters.AddWithValue(id!);
            Assert.Superset(new HashSet<string> { "familyInvolvement", "costs", "report" }, ((string[])(await reads.ExecuteScalarAsync())!).ToHashSet());
        }

        var timeliness = await chair.GetFromJsonAsync<JsonElement>("/api/reviews/timeliness");
        Assert.True(timeliness.GetProperty("withinSixMonths").GetInt32() >= 1);

        using var southshire = await system.ClientAsync("southshire-chair");
        Assert.Equal(HttpStatusCode.NotFound, (await southshire.GetAsync($"/api/reviews/{id}")).StatusCode);

        // Learning and actions and publication read the accepted recommendations over gRPC.
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(system.App.GetEndpoint("rapid-review", "grpc"),
            new Grpc.Net.Client.GrpcChannelOptions { UnsafeUseInsecureChannelCallCredentials = true });
        var queries = new Safeguarding.Contracts.Reviews.V1.ReviewQueries.ReviewQueriesClient(channel);
        var secret = (await system.App.GetEnvironmentAsync("rapid-review"))["Identity__ClientSecret"];
        var details = await queries.GetReviewAsync(new Safeguarding.Contracts.Reviews.V1.GetReviewRequest { ReviewId = id },
            new Grpc.Core.Metadata { { "Authorization", "Bearer " + await Tokens.GetAsync(system.Anonymous, "rapid-review", secret) } });
        Assert.Equal("report-accepted", details.Status);
        Assert.Equal(["R1", "R2"], details.Recommendations.Select(r => r.Id));
        Assert.Equal("2027-10-29", details.ExpectedCompletionOn);
    }

    [Fact]
    public async Task No_further_action_opens_no_review()
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var chair = await system.ClientAsync("northshire-chair");
        var rapidReviewId = await DecidedRapidReviewAsync(businessUnit, chair, "no-further-action");
        Assert.Equal(0, (await chair.GetFromJsonAsync<JsonElement>($"/api/reviews?rapidReviewId={rapidReviewId}")).GetProperty("total").GetInt32());
    }

    public static TheoryData<string, string, string> BadChanges() => new()
    {
        { "reviewer", """{"appointedOn":"2026-12-23","methodology":"m"}""", "name" },
        { "reviewer", """{"name":"n","appointedOn":"2027-01-01","methodology":"m"}""", "appointedOn" },
        { "panel-meetings", """{"heldOn":"someday"}""", "heldOn" },
        { "practitioner-learning-event", """{"heldOn":"2026-12-23","attendance":[{"agency":"a","practitioners":-1}]}""", "attendance[0].practitioners" },
        { "family-involvement", """{"status":"maybe","childsVoice":"v"}""", "status" },
        { "parallel-proceedings", """{"kind":"tribunal","expectedDelayDays":10,"reason":"r"}""", "kind" },
        { "parallel-proceedings", """{"kind":"inquest","expectedDelayDays":"ten","reason":"r"}""", "expectedDelayDays" },
        { "costs", """{"authorFee":-5,"otherCosts":0,"partnerContributions":[]}""", "authorFee" },
        { "costs", """{"authorFee":5,"otherCosts":0,"partnerContributions":[{"partner":"police"}]}""", "partnerContributions[0].amount" },
        { "slippage", """{"newExpectedCompletionOn":"2026-12-01","reason":"r"}""", "newExpectedCompletionOn" },
        { "acceptance", """{"acceptedOn":"2026-12-23","findings":[],"learningThemes":[],"recommendations":[]}""", "recommendations" },
        { "terms-of-reference", "[]", "body" },
    };

    [Theory]
    [MemberData(nameof(BadChanges))]
    public async Task Bad_changes_to_a_review_are_400_problems_naming_the_field(string step, string body, string field)
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var chair = await system.ClientAsync("northshire-chair");
        var rapidReviewId = await DecidedRapidReviewAsync(businessUnit, chair, "thematic-learning-review");
        var id = (await chair.GetFromJsonAsync<JsonElement>($"/api/reviews?rapidReviewId={rapidReviewId}")).GetProperty("items").EnumerateArray().Single().GetProperty("id").GetString();
        using var response = await businessUnit.PostAsync($"/api/reviews/{id}/{step}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
    }

    private static Task<JsonElement> Ok(Task<HttpResponseMessage> call) => ReviewJourney.OkAsync(call);

    private Task<string> DecidedRapidReviewAsync(HttpClient businessUnit, HttpClient chair, string outcome) =>
        ReviewJourney.DecidedRapidReviewAsync(system, businessUnit, chair, outcome);
}
