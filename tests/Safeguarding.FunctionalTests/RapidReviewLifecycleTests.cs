using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>A rapid review run from notification to the national panel's response, through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class RapidReviewLifecycleTests(SystemFixture system)
{
    private static readonly object Contribution = new
    {
        agency = "Northshire Police",
        agencyType = "police",
        involvement = "Two domestic abuse call-outs to the household in the year before the incident.",
        keyPracticeEpisodes = new[] { new { on = "2026-03-14", episode = "Call-out; no referral to children's social care." } },
        immediateSafetyActions = new[] { "Sibling safeguarded with grandparents under police protection." },
        practitioner = new { name = "DS Jo Example", role = "Detective sergeant, public protection", telephone = "01632 960 789", email = "jo.example@police.example" },
    };

    private static readonly object Recommendation = new
    {
        facts = "Summary of agency involvement.",
        learningIdentified = "Call-outs were not shared with children's social care.",
        immediateActions = "Police to review referral thresholds for domestic abuse incidents.",
        recommendedOutcome = "local-child-safeguarding-practice-review",
        rationale = "Concerns about two or more agencies working together.",
    };

    [Fact]
    public async Task A_partnership_runs_a_rapid_review_from_notification_to_the_panels_response()
    {
        var review = await OpenReviewAsync();
        var id = review.GetProperty("id").GetString();
        using var police = await system.ClientAsync("northshire-police-partner");
        using var school = await system.ClientAsync("northshire-school");
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var chair = await system.ClientAsync("northshire-chair");
        using var panel = await system.ClientAsync("national-panel-feed");

        Assert.Equal(HttpStatusCode.OK, (await businessUnit.PostAsync($"/api/rapid-reviews/{id}/milestones/chairs-informed/completion", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await police.PostAsJsonAsync($"/api/rapid-reviews/{id}/contributions", Contribution)).StatusCode);
        using var schoolContribution = await school.PostAsJsonAsync($"/api/rapid-reviews/{id}/contributions", new
        {
            agency = "Northshire Academy", agencyType = "relevant-agency", involvement = "Attendance fell in the autumn term.",
            keyPracticeEpisodes = Array.Empty<string>(), immediateSafetyActions = Array.Empty<string>(),
            practitioner = new { name = "Dan Lead", role = "Designated safeguarding lead", telephone = "01632 960 456", email = "dsl@academy.example" },
        });
        Assert.Equal(HttpStatusCode.OK, schoolContribution.StatusCode);
        // A relevant agency is answered with its own contribution, never the police's or anyone else's.
        var answer = await schoolContribution.Content.ReadAsStringAsync();
        var own = JsonDocument.Parse(answer).RootElement;
        Assert.Equal("Northshire Academy", own.GetProperty("agency").GetString());
        Assert.Equal("Dan Lead", own.GetProperty("practitioner").GetProperty("name").GetString());
        Assert.DoesNotContain("DS Jo Example", answer);
        Assert.DoesNotContain("domestic abuse", answer);

        // Out of order: a decision before the recommendation, a recommendation before the meeting.
        Assert.Equal(HttpStatusCode.Conflict, (await chair.PostAsJsonAsync($"/api/rapid-reviews/{id}/decision",
            new { outcome = "no-further-action", rationale = "r" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{id}/recommendation", Recommendation)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{id}/submission", new { })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{id}/meeting", new
        {
            heldOn = "2026-12-23", attendance = new { localAuthority = true, police = true, health = false },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{id}/recommendation", Recommendation)).StatusCode);
        using var decided = await chair.PostAsJsonAsync($"/api/rapid-reviews/{id}/decision", new
        {
            outcome = "local-child-safeguarding-practice-review", rationale = "The criteria for a local review are met; the family will be told.",
        });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await chair.PostAsJsonAsync($"/api/rapid-reviews/{id}/decision",
            new { outcome = "no-further-action", rationale = "second thoughts" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await police.PostAsJsonAsync($"/api/rapid-reviews/{id}/contributions", Contribution)).StatusCode);

        foreach (var audience in new[] { "family", "review-group", "referrer" })
        {
            Assert.Equal(HttpStatusCode.OK, (await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{id}/decision/communications",
                new { audience, communicatedOn = "2026-12-23" })).StatusCode);
        }

        // The panel cannot respond before the submission.
        Assert.Equal(HttpStatusCode.Conflict, (await panel.PostAsJsonAsync($"/api/rapid-reviews/{id}/panel-response", new { response = "agrees" })).StatusCode);
        using var submitted = await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{id}/submission", new { });
        var afterSubmission = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("submitted-to-panel", afterSubmission.GetProperty("status").GetString());
        Assert.True(afterSubmission.GetProperty("submission").GetProperty("onTime").GetBoolean());
        // The decision and the submission reach the national panel through its feed.
        var pushed = await Receiver.PushedAsync(system, "national-panel", "uk.safeguarding.rapid-review.submitted.v1", id!);
        Assert.Equal((true, "local-child-safeguarding-practice-review"), (pushed.GetProperty("data").GetProperty("onTime").GetBoolean(),
            pushed.GetProperty("data").GetProperty("decision").GetProperty("outcome").GetString()));
        // With its report, read from the rapid-review service for the panel's feed alone, and that read is on the record.
        var report = pushed.GetProperty("data").GetProperty("report");
        Assert.Equal(("Summary of agency involvement.", "Police to review referral thresholds for domestic abuse incidents."),
            (report.GetProperty("facts").GetString(), report.GetProperty("immediateActions").GetString()));
        Assert.Equal("The criteria for a local review are met; the family will be told.",
            pushed.GetProperty("data").GetProperty("decision").GetProperty("rationale").GetString());
        var reportReads = (await chair.GetFromJsonAsync<JsonElement>($"/api/rapid-reviews/{id}/audit")).GetProperty("items").EnumerateArray();
        Assert.Contains(reportReads, e => e.GetProperty("action").GetString() == "read" && (e.GetProperty("clientId").GetString() == "publication" || e.GetProperty("subject").GetString() == "publication")
            && e.GetProperty("fields").EnumerateArray().Any(f => f.GetString() == "recommendation"));
        // The report's push to the panel is on the publication service's record too, by the rapid review.
        await Eventually.TrueAsync(async () => await FeedAudit.CountAsync(system, "push", "feed-rapid-review", id!) == 1,
            TimeSpan.FromSeconds(30), "the push of the rapid review report on the record");
        await Receiver.PushedAsync(system, "national-panel", "uk.safeguarding.rapid-review.decided.v1", id!);

        using var responded = await panel.PostAsJsonAsync($"/api/rapid-reviews/{id}/panel-response", new
        {
            response = "agrees", comments = "The panel agrees with the decision to hold a local review.",
        });
        var done = await responded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal("agrees", done.GetProperty("panelResponse").GetProperty("response").GetString());
        Assert.Equal(2, done.GetProperty("contributions").GetArrayLength());
        Assert.Equal("DS Jo Example", done.GetProperty("contributions")[0].GetProperty("practitioner").GetProperty("name").GetString());
        Assert.False(done.GetProperty("meeting").GetProperty("healthAttended").GetBoolean());
        Assert.Equal("2026-12-23", done.GetProperty("decision").GetProperty("communicatedToFamilyOn").GetString());
        Assert.All(done.GetProperty("milestones").EnumerateArray(), m => Assert.NotEqual(JsonValueKind.Null, m.GetProperty("completedAt").ValueKind));

        // The list says where the review stands, never what the agencies said: listing is no read of case detail.
        var notificationId = review.GetProperty("notificationId").GetString();
        var listed = await chair.GetStringAsync($"/api/rapid-reviews?notificationId={notificationId}");
        var summary = JsonDocument.Parse(listed).RootElement.GetProperty("items")[0];
        Assert.Equal(2, summary.GetProperty("contributions").GetInt32());
        Assert.Equal("local-child-safeguarding-practice-review", summary.GetProperty("decidedOutcome").GetString());
        foreach (var detail in new[] { "DS Jo Example", "domestic abuse", "Summary of agency involvement", "Attendance fell", "The criteria for a local review" })
        {
            Assert.DoesNotContain(detail, listed);
        }

        // Every step is on the audit trail, and so are the publication service's read of the report for the panel's feed and the chair's read.
        (await chair.GetAsync($"/api/rapid-reviews/{id}")).EnsureSuccessStatusCode();
        var trail = (await chair.GetFromJsonAsync<JsonElement>($"/api/rapid-reviews/{id}/audit")).GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(
            ["create", "complete-milestone", "contribute", "contribute", "record-meeting", "recommend", "decide",
             "communicate-decision", "communicate-decision", "communicate-decision", "submit", "read", "panel-response", "read"],
            trail.Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Steps_belong_to_their_roles_and_partnership()
    {
        var id = (await OpenReviewAsync()).GetProperty("id").GetString();
        using var notifier = await system.ClientAsync("northshire-la-case-system");
        Assert.Equal(HttpStatusCode.Forbidden, (await notifier.PostAsJsonAsync($"/api/rapid-reviews/{id}/contributions", Contribution)).StatusCode);
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        Assert.Equal(HttpStatusCode.Forbidden, (await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{id}/decision",
            new { outcome = "no-further-action", rationale = "r" })).StatusCode);
        using var otherChair = await system.ClientAsync("southshire-chair");
        Assert.Equal(HttpStatusCode.NotFound, (await otherChair.PostAsJsonAsync($"/api/rapid-reviews/{id}/decision",
            new { outcome = "no-further-action", rationale = "r" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await businessUnit.PostAsync($"/api/rapid-reviews/{id}/milestones/no-such-step/completion", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await businessUnit.PostAsync($"/api/rapid-reviews/{id}/milestones/chair-decision/completion", null)).StatusCode);
    }

    [Fact]
    public async Task Two_decisions_at_the_same_moment_are_one_decision_and_one_409_never_a_500()
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var chair = await system.ClientAsync("northshire-chair");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var id = (await OpenReviewAsync()).GetProperty("id").GetString();
            (await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{id}/meeting", new
            {
                heldOn = "2026-12-23", attendance = new { localAuthority = true, police = true, health = true },
            })).EnsureSuccessStatusCode();
            (await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{id}/recommendation", Recommendation)).EnsureSuccessStatusCode();

            var decisions = await Task.WhenAll(
                chair.PostAsJsonAsync($"/api/rapid-reviews/{id}/decision", new { outcome = "single-agency-review", rationale = "first" }),
                chair.PostAsJsonAsync($"/api/rapid-reviews/{id}/decision", new { outcome = "thematic-learning-review", rationale = "second" }));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], decisions.Select(d => d.StatusCode).Order());
            Assert.Equal("application/problem+json", decisions.Single(d => d.StatusCode == HttpStatusCode.Conflict).Content.Headers.ContentType?.MediaType);
            var reviews = (await chair.GetFromJsonAsync<JsonElement>($"/api/reviews?rapidReviewId={id}")).GetProperty("total").GetInt32();
            Assert.Equal(1, reviews);
            foreach (var decision in decisions)
            {
                decision.Dispose();
            }
        }
    }

    public static TheoryData<string, string, string> BadSteps() => new()
    {
        { "contributions", """{"agencyType":"police","involvement":"i","keyPracticeEpisodes":[],"immediateSafetyActions":[],"practitioner":{"name":"n","role":"r","telephone":"01632 960 789","email":"a@b.example"}}""", "agency" },
        { "contributions", """{"agency":"a","agencyType":"school","involvement":"i","keyPracticeEpisodes":[],"immediateSafetyActions":[],"practitioner":{"name":"n","role":"r","telephone":"01632 960 789","email":"a@b.example"}}""", "agencyType" },
        { "contributions", """{"agency":"a","agencyType":"police","keyPracticeEpisodes":[],"immediateSafetyActions":[],"practitioner":{"name":"n","role":"r","telephone":"01632 960 789","email":"a@b.example"}}""", "involvement" },
        { "contributions", """{"agency":"a","agencyType":"police","involvement":"i","keyPracticeEpisodes":"one","immediateSafetyActions":[],"practitioner":{"name":"n","role":"r","telephone":"01632 960 789","email":"a@b.example"}}""", "keyPracticeEpisodes" },
        { "contributions", """{"agency":"a","agencyType":"police","involvement":"i","keyPracticeEpisodes":[],"immediateSafetyActions":[]}""", "practitioner" },
        { "contributions", """{"agency":"a","agencyType":"police","involvement":"i","keyPracticeEpisodes":[],"immediateSafetyActions":[],"practitioner":{"name":"n","role":"r","telephone":"01632 960 789"}}""", "practitioner.email" },
        { "contributions", """{"agency":"a","agencyType":"police","involvement":"i","keyPracticeEpisodes":[],"immediateSafetyActions":[],"practitioner":{"name":"n","role":"r","telephone":"ring me","email":"a@b.example"}}""", "practitioner.telephone" },
        { "contributions", """{"agency":"a","agencyType":"police","involvement":"i","keyPracticeEpisodes":[{"episode":"e"}],"immediateSafetyActions":[],"practitioner":{"name":"n","role":"r","telephone":"01632 960 789","email":"a@b.example"}}""", "keyPracticeEpisodes[0].on" },
        { "contributions", """{"agency":"a","agencyType":"police","involvement":"i","keyPracticeEpisodes":[{"on":"2026-12-01","episode":"e"},{"on":"2027-01-01","episode":"e"}],"immediateSafetyActions":[],"practitioner":{"name":"n","role":"r","telephone":"01632 960 789","email":"a@b.example"}}""", "keyPracticeEpisodes[1].on" },
        { "contribution-requests", """{"agencies":[{"agency":"Northshire Police","agencyType":"police"}],"dueDay":16}""", "dueDay" },
        { "contribution-requests", """{"agencies":[],"dueDay":7}""", "agencies" },
        { "contribution-requests", """{"agencies":[{"agency":"Northshire Police","agencyType":"army"}],"dueDay":7}""", "agencies[0].agencyType" },
        { "meeting", """{"attendance":{"localAuthority":true,"police":true,"health":true}}""", "heldOn" },
        { "meeting", """{"heldOn":"2026-12-24","attendance":{"localAuthority":true,"police":true,"health":true}}""", "heldOn" },
        { "meeting", """{"heldOn":"2026-12-23","attendance":{"localAuthority":true,"police":"yes","health":true}}""", "attendance.police" },
        { "recommendation", """{"facts":"f","learningIdentified":"l","immediateActions":"i","recommendedOutcome":"inquiry","rationale":"r"}""", "recommendedOutcome" },
        { "recommendation", """{"learningIdentified":"l","immediateActions":"i","recommendedOutcome":"no-further-action","rationale":"r"}""", "facts" },
        { "decision/communications", """{"audience":"press","communicatedOn":"2026-12-23"}""", "audience" },
        { "decision/communications", """{"audience":"family"}""", "communicatedOn" },
        { "submission", """{"submittedOn":"tomorrow"}""", "submittedOn" },
        { "meeting", "not json", "body" },
        { "contributions", """{"agency":"\udc00","agencyType":"police","involvement":"i","keyPracticeEpisodes":[],"immediateSafetyActions":[],"practitioner":{"name":"n","role":"r","telephone":"01632 960 789","email":"a@b.example"}}""", "agency" },
        { "contributions", """{"agency":"a","agencyType":"police","involvement":"i","keyPracticeEpisodes":[{"on":"2026-03-01","episode":"\ud800"}],"immediateSafetyActions":[],"practitioner":{"name":"n","role":"r","telephone":"01632 960 789","email":"a@b.example"}}""", "keyPracticeEpisodes[0].episode" },
    };

    [Theory]
    [MemberData(nameof(BadSteps))]
    public async Task Bad_steps_are_400_problems_naming_the_field(string step, string body, string field)
    {
        var id = (await OpenReviewAsync()).GetProperty("id").GetString();
        using var client = await system.ClientAsync("northshire-business-unit");
        using var response = await client.PostAsync($"/api/rapid-reviews/{id}/{step}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
    }

    [Theory]
    [InlineData("""{"outcome":"inquest","rationale":"r"}""", "outcome")]
    [InlineData("""{"outcome":"no-further-action"}""", "rationale")]
    public async Task Bad_decisions_and_panel_responses_are_400_problems_naming_the_field(string body, string field)
    {
        var id = (await OpenReviewAsync()).GetProperty("id").GetString();
        using var chair = await system.ClientAsync("northshire-chair");
        using var decision = await chair.PostAsync($"/api/rapid-reviews/{id}/decision", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, decision.StatusCode);
        Assert.True((await decision.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));

        using var panel = await system.ClientAsync("national-panel-feed");
        using var response = await panel.PostAsJsonAsync($"/api/rapid-reviews/{id}/panel-response", new { response = "disagrees" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("comments", out _));
    }

    private async Task<JsonElement> OpenReviewAsync()
    {
        var id = (await Notifications.NotifyAsync(system.Gateway, Notifications.Valid())).GetProperty("id").GetString()!;
        return await Eventually.GetAsync(async () =>
            (await Notifications.RapidReviewsForAsync(system.Gateway, id)) is { Length: > 0 } found ? (JsonElement?)found[0] : null,
            TimeSpan.FromSeconds(30), "the rapid review") ?? throw new InvalidOperationException("No rapid review.");
    }
}
