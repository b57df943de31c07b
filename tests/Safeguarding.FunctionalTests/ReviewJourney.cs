using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Safeguarding.FunctionalTests;

/// <summary>A case taken through the gateway to a chair's decision, and on to an accepted report.</summary>
internal static class ReviewJourney
{
    public static readonly object Acceptance = new
    {
        acceptedOn = "2026-12-23",
        findings = new[] { "Domestic abuse call-outs were not shared with children's social care." },
        learningThemes = new[] { "information sharing", "domestic abuse" },
        recommendations = new[] { "Police to refer every domestic abuse call-out involving children.", "The partnership to audit referrals in six months." },
    };

    /// <summary>A notification whose rapid review the chair has decided on (<paramref name="outcome"/>); its id.</summary>
    public static async Task<string> DecidedRapidReviewAsync(SystemFixture system, HttpClient businessUnit, HttpClient chair, string outcome)
    {
        var notificationId = (await Notifications.NotifyAsync(system.Gateway, Notifications.Valid())).GetProperty("id").GetString()!;
        var rapidReviewId = (await Eventually.GetAsync(async () =>
            (await Notifications.RapidReviewsForAsync(system.Gateway, notificationId)) is { Length: > 0 } found ? (JsonElement?)found[0] : null,
            TimeSpan.FromSeconds(30), "the rapid review"))!.Value.GetProperty("id").GetString()!;
        await OkAsync(businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{rapidReviewId}/meeting", new
        {
            heldOn = "2026-12-23", attendance = new { localAuthority = true, police = true, health = true },
        }));
        await OkAsync(businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{rapidReviewId}/recommendation", new
        {
            facts = "f", learningIdentified = "l", immediateActions = "i", recommendedOutcome = outcome, rationale = "r",
            learningThemes = new[] { "Neglect", "thresholds" },
        }));
        await OkAsync(chair.PostAsJsonAsync($"/api/rapid-reviews/{rapidReviewId}/decision", new { outcome, rationale = "r" }));
        return rapidReviewId;
    }

    /// <summary>A local review whose report the partnership accepted with two recommendations (R1, R2); the review's id.</summary>
    public static async Task<string> AcceptedReviewAsync(SystemFixture system)
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var chair = await system.ClientAsync("northshire-chair");
        var rapidReviewId = await DecidedRapidReviewAsync(system, businessUnit, chair, "local-child-safeguarding-practice-review");
        var id = (await chair.GetFromJsonAsync<JsonElement>($"/api/reviews?rapidReviewId={rapidReviewId}")).GetProperty("items")[0].GetProperty("id").GetString();
        await OkAsync(businessUnit.PostAsJsonAsync($"/api/reviews/{id}/reviewer", new { name = "Tom Fielding", appointedOn = "2026-12-23", methodology = "m" }));
        await OkAsync(businessUnit.PostAsJsonAsync($"/api/reviews/{id}/draft-report", new { receivedOn = "2026-12-23" }));
        await OkAsync(businessUnit.PostAsJsonAsync($"/api/reviews/{id}/acceptance", Acceptance));
        return id!;
    }

    /// <summary>Publishes a review's acceptance a second time (its outbox row marked unpublished), as a relay that lost its confirm would.</summary>
    public static async Task RepublishAcceptanceAsync(SystemFixture system, string reviewId)
    {
        await using var db = new NpgsqlConnection(await system.App.GetConnectionStringAsync("rapidreviewdb"));
        await db.OpenAsync();
        await using var again = new NpgsqlCommand(
            "UPDATE outbox_messages SET published_at = NULL WHERE type = 'safeguarding.rapid-review.review-report-accepted.v1' AND subject = $1", db);
        again.Parameters.AddWithValue(reviewId);
        Assert.Equal(1, await again.ExecuteNonQueryAsync());
    }

    public static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
