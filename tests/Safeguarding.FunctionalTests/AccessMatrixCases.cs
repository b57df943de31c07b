using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>The data the access matrix calls each endpoint on: a case in each partnership, from notification to an action on the plan.</summary>
public sealed partial class AccessMatrixTests
{
    private sealed record Case(
        string NotificationId, string RapidReviewId, string ReferralId, string ReviewId, string ActionId, string BriefingId, string LearningEventId, string ImpactEvidenceId,
        string PublicationId);

    private async Task<Case> CreateCaseAsync(string notifier)
    {
        using var client = await system.ClientAsync(notifier);
        var id = (await Notifications.NotifyAsync(client, Notifications.Valid())).GetProperty("id").GetString()!;
        var reviews = await Eventually.GetAsync(async () =>
        {
            var found = await Notifications.RapidReviewsForAsync(client, id);
            return found.Length > 0 ? found : null;
        }, TimeSpan.FromSeconds(30), "the rapid review");
        var referral = (await Notifications.ReferAsync(client)).GetProperty("id").GetString()!;
        var rapidReviewId = reviews[0].GetProperty("id").GetString()!;
        var (reviewId, actionId, briefingId, learningEventId, impactEvidenceId, publicationId) =
            await ReviewFollowingAsync(notifier == "northshire-la-case-system" ? "northshire" : "southshire", rapidReviewId);
        return new Case(id, rapidReviewId, referral, reviewId, actionId, briefingId, learningEventId, impactEvidenceId, publicationId);
    }

    /// <summary>
    /// Runs the rapid review to a chair's decision for a local review, which opens the review that
    /// follows; raises an action on the plan; publishes a briefing of the review; records a learning
    /// event and evidence of impact; accepts the review's report, which opens its publication.
    /// </summary>
    private async Task<(string ReviewId, string ActionId, string BriefingId, string LearningEventId, string ImpactEvidenceId, string PublicationId)> ReviewFollowingAsync(string partnership, string rapidReviewId)
    {
        if (partnership != "northshire")
        {
            // Southshire has no development business unit: one is registered for the test.
            return await RegisteredPartnershipReviewAsync(rapidReviewId);
        }

        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var chair = await system.ClientAsync("northshire-chair");
        var reviewId = await DecideAsync(businessUnit, chair, rapidReviewId);
        var (learningEventId, impactEvidenceId) = await LearningRecordsAsync(businessUnit, "Northshire County Council");
        return (reviewId, await RaiseActionAsync(businessUnit, "Northshire County Council"),
            await BriefingTests.PublishedAsync(businessUnit, chair, reviewId, ["Northshire County Council", "Northshire Academy"]), learningEventId, impactEvidenceId,
            await PublicationAsync(businessUnit, reviewId));
    }

    /// <summary>A wider learning event, and evidence of impact recorded for the agency the matrix's partner representative works for.</summary>
    private static async Task<(string LearningEventId, string ImpactEvidenceId)> LearningRecordsAsync(HttpClient businessUnit, string agency)
    {
        using var learningEvent = await businessUnit.PostAsJsonAsync("/api/learning-actions/learning-events", AccessMatrixBodies.For["/api/learning-actions/learning-events"]);
        using var evidence = await businessUnit.PostAsJsonAsync("/api/learning-actions/impact-evidence", new
        {
            kind = "audit", summary = "s", on = "2026-12-23", themes = new[] { "neglect" }, agency,
        });
        learningEvent.EnsureSuccessStatusCode();
        evidence.EnsureSuccessStatusCode();
        return ((await learningEvent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!,
            (await evidence.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
    }

    /// <summary>An action on the plan, led by the agency the matrix's partner representative works for.</summary>
    private static async Task<string> RaiseActionAsync(HttpClient businessUnit, string leadAgency)
    {
        using var raised = await businessUnit.PostAsJsonAsync("/api/learning-actions", new
        {
            source = "audit", sourceReference = "Section 11 audit 2026", leadAgency, description = "d", successMeasure = "m", dueOn = "2027-03-31",
        });
        raised.EnsureSuccessStatusCode();
        return (await raised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("action").GetProperty("id").GetString()!;
    }

    private async Task<(string ReviewId, string ActionId, string BriefingId, string LearningEventId, string ImpactEvidenceId, string PublicationId)> RegisteredPartnershipReviewAsync(string rapidReviewId)
    {
        using var operatorConsole = await system.ClientAsync("operator-console");
        const string clientId = "southshire-business-unit-matrix";
        const string secret = "a-long-enough-secret-for-tests-only";
        using (await operatorConsole.PostAsJsonAsync("/api/clients", new
        {
            clientId, clientSecret = secret, displayName = "Southshire business unit", partnership = "southshire",
            agency = "Southshire Safeguarding Children Partnership", roles = new[] { "business-manager" },
        }))
        {
        }

        using var token = await Tokens.RequestAsync(system.Anonymous, clientId, secret);
        using var businessUnit = system.App.CreateHttpClient("gateway");
        businessUnit.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
        using var chair = await system.ClientAsync("southshire-chair");
        var reviewId = await DecideAsync(businessUnit, chair, rapidReviewId);
        var (learningEventId, impactEvidenceId) = await LearningRecordsAsync(businessUnit, "Southshire Council");
        return (reviewId, await RaiseActionAsync(businessUnit, "Southshire Council"),
            await BriefingTests.PublishedAsync(businessUnit, chair, reviewId, ["Southshire Council"]), learningEventId, impactEvidenceId,
            await PublicationAsync(businessUnit, reviewId));
    }

    /// <summary>The review's report received and accepted; the publication that acceptance opens.</summary>
    private static async Task<string> PublicationAsync(HttpClient businessUnit, string reviewId)
    {
        foreach (var step in new[] { "reviewer", "draft-report", "acceptance" })
        {
            (await businessUnit.PostAsJsonAsync($"/api/reviews/{reviewId}/{step}", AccessMatrixBodies.For[$"/api/reviews/{{id}}/{step}"])).EnsureSuccessStatusCode();
        }

        var publication = await Eventually.GetAsync(async () =>
            (await businessUnit.GetFromJsonAsync<JsonElement>($"/api/publications?reviewId={reviewId}")).GetProperty("items") is { } items
            && items.GetArrayLength() == 1 ? (JsonElement?)items[0] : null, TimeSpan.FromSeconds(30), "the publication");
        return publication!.Value.GetProperty("id").GetString()!;
    }

    private async Task<string> DecideAsync(HttpClient businessUnit, HttpClient chair, string rapidReviewId)
    {
        (await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{rapidReviewId}/meeting", new
        {
            heldOn = "2026-12-23", attendance = new { localAuthority = true, police = true, health = true },
        })).EnsureSuccessStatusCode();
        (await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{rapidReviewId}/recommendation", new
        {
            facts = "f", learningIdentified = "l", immediateActions = "i", recommendedOutcome = "single-agency-review", rationale = "r",
        })).EnsureSuccessStatusCode();
        (await chair.PostAsJsonAsync($"/api/rapid-reviews/{rapidReviewId}/decision", new { outcome = "single-agency-review", rationale = "r" }))
            .EnsureSuccessStatusCode();
        var reviews = (await chair.GetFromJsonAsync<JsonElement>($"/api/reviews?rapidReviewId={rapidReviewId}")).GetProperty("items").EnumerateArray();
        return reviews.Single().GetProperty("id").GetString()!;
    }
}
