using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>Referrals, decisions not to notify, escalation to the chair, learning, and retrospective notification.</summary>
[Collection(SystemCollection.Name)]
public sealed class ReferralTests(SystemFixture system)
{
    private static object Positions(string police = "agree", string? policeComment = null) => new object[]
    {
        new { partner = "local-authority", position = "agree" },
        new { partner = "police", position = police, comment = policeComment },
        new { partner = "health", position = "agree" },
    };

    [Fact]
    public async Task A_decision_not_to_notify_that_all_partners_agree_is_visible_to_the_chair_with_its_rationale()
    {
        using var school = await system.ClientAsync("northshire-school");
        var referral = await Notifications.ReferAsync(school);
        var id = referral.GetProperty("id").GetString();
        Assert.Equal("under-consideration", referral.GetProperty("status").GetString());
        // Referred on Wednesday 23 December 2026: five working days skip Christmas, the substitute
        // Boxing Day, New Year's Day and two weekends.
        Assert.Equal("2027-01-04", referral.GetProperty("decisionDueOn").GetString());
        // The school refers but does not need the child's identity back.
        Assert.Equal("withheld", referral.GetProperty("identifyingDetails").GetString());

        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var decided = await businessUnit.PostAsJsonAsync($"/api/referrals/{id}/decision-not-to-notify", new
        {
            rationale = "Injuries explained by a medical condition confirmed by the paediatrician.", partnerPositions = Positions(),
        });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("not-notified", (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        using var chair = await system.ClientAsync("northshire-chair");
        var considered = await chair.GetFromJsonAsync<JsonElement>("/api/referrals?status=not-notified&pageSize=200");
        var entry = considered.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        Assert.Equal("Injuries explained by a medical condition confirmed by the paediatrician.",
            entry.GetProperty("decisionNotToNotify").GetProperty("rationale").GetString());
        Assert.Equal(3, entry.GetProperty("decisionNotToNotify").GetProperty("partnerPositions").GetArrayLength());
        Assert.Equal("2026-12-23", entry.GetProperty("decidedOn").GetString());
        Assert.DoesNotContain(Notifications.ChildName, considered.GetRawText());

        var full = await chair.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}");
        Assert.Equal(Notifications.ChildName, full.GetProperty("children")[0].GetProperty("name").GetString());

        // Another partnership cannot tell it exists; national bodies receive notifications, not what was considered.
        using var southshireChair = await system.ClientAsync("southshire-chair");
        Assert.Equal(HttpStatusCode.NotFound, (await southshireChair.GetAsync($"/api/referrals/{id}")).StatusCode);
        using var panel = await system.ClientAsync("national-panel-feed");
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync($"/api/referrals/{id}")).StatusCode);

        using var again = await businessUnit.PostAsJsonAsync($"/api/referrals/{id}/decision-not-to-notify", new
        {
            rationale = "Again.", partnerPositions = Positions(),
        });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        // The chair reads who did what to the case: the referral, the decision, the chair's own read.
        var trail = (await chair.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}/audit")).GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(
            [("create", "northshire-school"), ("decide", "northshire-business-unit"), ("read", "northshire-chair")],
            trail.Select(e => (e.GetProperty("action").GetString(), e.GetProperty("subject").GetString())).ToArray());
        Assert.Equal(["children", "whatHappened", "reasonsForReferral"], trail[2].GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        using var operatorConsole = await system.ClientAsync("operator-console");
        Assert.Equal(HttpStatusCode.OK, (await operatorConsole.GetAsync($"/api/referrals/{id}/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await southshireChair.GetAsync($"/api/referrals/{id}/audit")).StatusCode);
    }

    [Fact]
    public async Task A_partner_who_disagrees_escalates_to_the_chair_whose_resolution_to_notify_leads_to_a_notification()
    {
        using var police = await system.ClientAsync("northshire-police-partner");
        var id = (await Notifications.ReferAsync(police)).GetProperty("id").GetString();
        using var disagreed = await police.PostAsJsonAsync($"/api/referrals/{id}/decision-not-to-notify", new
        {
            rationale = "The local authority considers the threshold not met.",
            partnerPositions = Positions("disagree", "Police hold intelligence of previous injuries."),
        });
        var escalated = await disagreed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("escalated", escalated.GetProperty("status").GetString());
        Assert.Equal(["police"], escalated.GetProperty("escalation").GetProperty("disagreeingPartners").EnumerateArray().Select(p => p.GetString()));

        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var notChair = await businessUnit.PostAsJsonAsync($"/api/referrals/{id}/escalation/resolution", new { outcome = "notify", reasoning = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, notChair.StatusCode);
        using var tooEarly = await system.Gateway.PostAsJsonAsync("/api/notifications", Notifications.Valid().With("referralId", id));
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);

        using var chair = await system.ClientAsync("northshire-chair");
        using var resolved = await chair.PostAsJsonAsync($"/api/referrals/{id}/escalation/resolution", new
        {
            outcome = "notify", reasoning = "The police intelligence shows a pattern: the criteria are met.",
        });
        var resolution = await resolved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("notification-agreed", resolution.GetProperty("status").GetString());
        var recorded = resolution.GetProperty("escalation").GetProperty("resolution");
        Assert.Equal("notify", recorded.GetProperty("outcome").GetString());
        Assert.Equal("2026-12-23", recorded.GetProperty("resolvedOn").GetString());
        Assert.False(string.IsNullOrEmpty(recorded.GetProperty("resolvedBy").GetString()));

        var notification = await Notifications.NotifyAsync(system.Gateway, Notifications.Valid().With("referralId", id));
        Assert.False(notification.GetProperty("retrospective").GetBoolean());
        var referral = await chair.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}");
        Assert.Equal("notified", referral.GetProperty("status").GetString());
        Assert.Equal(notification.GetProperty("id").GetString(), referral.GetProperty("notificationId").GetString());
    }

    [Fact]
    public async Task A_retrospective_notification_on_new_evidence_opens_a_new_rapid_review_linked_to_the_earlier_decision_in_one_trace()
    {
        using var la = await system.ClientAsync("northshire-la-partner");
        var id = (await Notifications.ReferAsync(la)).GetProperty("id").GetString()!;
        (await la.PostAsJsonAsync($"/api/referrals/{id}/decision-not-to-notify", new
        {
            rationale = "No indication of abuse or neglect at the time.", partnerPositions = Positions(),
        })).EnsureSuccessStatusCode();

        using var noEvidence = await system.Gateway.PostAsJsonAsync("/api/notifications", Notifications.Valid().With("referralId", id));
        Assert.Equal(HttpStatusCode.BadRequest, noEvidence.StatusCode);
        Assert.True((await noEvidence.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("newEvidence", out _));

        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/notifications")
        {
            Content = JsonContent.Create(Notifications.Valid().With("referralId", id)
                .With("newEvidence", "A sibling's disclosure to a teacher describes repeated assaults.")),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await system.Gateway.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var notification = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(notification.GetProperty("retrospective").GetBoolean());
        Assert.Equal(id, notification.GetProperty("referralId").GetString());

        var reviews = await Eventually.GetAsync(async () =>
            (await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/rapid-reviews?referralId={id}")).GetProperty("items").EnumerateArray().ToArray() is { Length: > 0 } found ? found : null,
            TimeSpan.FromSeconds(30), "the retrospective rapid review");
        var review = Assert.Single(reviews);
        Assert.True(review.GetProperty("retrospective").GetBoolean());
        Assert.Equal(notification.GetProperty("id").GetString(), review.GetProperty("notificationId").GetString());

        using var chair = await system.ClientAsync("northshire-chair");
        var referral = await chair.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}");
        Assert.Equal("notified", referral.GetProperty("status").GetString());
        Assert.True(referral.GetProperty("notifiedRetrospectively").GetBoolean());
        Assert.Equal("No indication of abuse or neglect at the time.", referral.GetProperty("decisionNotToNotify").GetProperty("rationale").GetString());

        using var dashboard = new HttpClient { BaseAddress = new Uri(system.Telemetry.Url) };
        await Eventually.GetAsync(async () =>
        {
            using var found = await dashboard.GetAsync($"/api/traces/{traceId}");
            var text = found.IsSuccessStatusCode ? await found.Content.ReadAsStringAsync() : null;
            return text is not null && text.Contains("gateway", StringComparison.Ordinal) && text.Contains("notification", StringComparison.Ordinal)
                   && text.Contains("rapid-review", StringComparison.Ordinal) ? text : null;
        }, TimeSpan.FromSeconds(60), "one trace from the gateway to the rapid review");
    }

    [Fact]
    public async Task A_notification_made_without_a_referral_is_among_the_cases_the_chair_sees()
    {
        var notification = await Notifications.NotifyAsync(system.Gateway, Notifications.Valid());
        var referralId = notification.GetProperty("referralId").GetString();

        using var chair = await system.ClientAsync("northshire-chair");
        var considered = await chair.GetFromJsonAsync<JsonElement>("/api/referrals?status=notified&pageSize=200");
        var entry = considered.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetString() == referralId);
        Assert.Equal(notification.GetProperty("id").GetString(), entry.GetProperty("notificationId").GetString());
        Assert.Equal("Northshire County Council", entry.GetProperty("referringAgency").GetString());
        Assert.Equal("2026-12-23", entry.GetProperty("decidedOn").GetString());
    }

    [Fact]
    public async Task A_case_below_the_threshold_is_kept_for_learning_and_its_outcome_recorded_once()
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        var id = (await Notifications.ReferAsync(businessUnit)).GetProperty("id").GetString();
        using var kept = await businessUnit.PostAsJsonAsync($"/api/referrals/{id}/learning-route", new
        {
            rationale = "Below the threshold, but agencies missed chances to share information.",
            learningActivity = "Practitioner reflective session led by the health partner",
        });
        Assert.Equal("kept-for-learning", (await kept.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        using var outcome = await businessUnit.PostAsJsonAsync($"/api/referrals/{id}/learning-route/outcome", new
        {
            outcome = "7-minute briefing on information sharing issued to all agencies.",
        });
        var recorded = (await outcome.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("learningRoute");
        Assert.Equal("7-minute briefing on information sharing issued to all agencies.", recorded.GetProperty("outcome").GetString());
        Assert.Equal("2026-12-23", recorded.GetProperty("outcomeRecordedOn").GetString());

        using var twice = await businessUnit.PostAsJsonAsync($"/api/referrals/{id}/learning-route/outcome", new { outcome = "Again." });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        using var chair = await system.ClientAsync("northshire-chair");
        var list = await chair.GetFromJsonAsync<JsonElement>("/api/referrals?status=kept-for-learning&pageSize=200");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Referrals_left_undecided_past_their_due_date_are_listed_as_overdue()
    {
        using var chair = await system.ClientAsync("northshire-chair");
        using var school = await system.ClientAsync("northshire-school");
        var id = (await Notifications.ReferAsync(school)).GetProperty("id").GetString();
        // Referred today: due next week, so not overdue yet.
        var overdue = await chair.GetFromJsonAsync<JsonElement>("/api/referrals?overdue=true&pageSize=200");
        Assert.DoesNotContain(overdue.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == id);
        var current = await chair.GetFromJsonAsync<JsonElement>("/api/referrals?overdue=false&status=under-consideration&pageSize=200");
        var entry = current.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        Assert.False(entry.GetProperty("overdue").GetBoolean());
    }
}
