using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

[Collection(SystemCollection.Name)]
public sealed class BriefingPaperTests(SystemFixture system)
{
    [Fact]
    public async Task The_briefing_paper_lists_every_review_in_progress_with_its_stage_and_rating_as_json_and_as_a_document()
    {
        var notificationId = (await Notifications.NotifyAsync(system.Gateway, Notifications.Valid())).GetProperty("id").GetString()!;
        var review = await Eventually.GetAsync(async () =>
            (await Notifications.RapidReviewsForAsync(system.Gateway, notificationId)) is { Length: > 0 } found ? (JsonElement?)found[0] : null,
            TimeSpan.FromSeconds(30), "the rapid review");
        var id = review!.Value.GetProperty("id").GetString();

        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        var paper = await businessUnit.GetFromJsonAsync<JsonElement>("/api/rapid-reviews/briefing-paper");
        var item = paper.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("rapidReviewId").GetString() == id);
        // Notified today (23 December 2026): the chairs are to be told tomorrow, so it is amber.
        Assert.Equal("amber", item.GetProperty("rating").GetString());
        Assert.Equal("chairs-informed", item.GetProperty("nextMilestone").GetProperty("code").GetString());
        Assert.Equal("gathering agency contributions", item.GetProperty("stage").GetString());
        Assert.Equal("northshire", paper.GetProperty("partnership").GetString());

        (await businessUnit.PostAsync($"/api/rapid-reviews/{id}/milestones/chairs-informed/completion", null)).EnsureSuccessStatusCode();
        paper = await businessUnit.GetFromJsonAsync<JsonElement>("/api/rapid-reviews/briefing-paper");
        item = paper.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("rapidReviewId").GetString() == id);
        Assert.Equal("green", item.GetProperty("rating").GetString());

        using var document = await businessUnit.GetAsync("/api/rapid-reviews/briefing-paper.html");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("text/html", document.Content.Headers.ContentType?.MediaType);
        var html = await document.Content.ReadAsStringAsync();
        Assert.Contains("Rapid reviews and reviews: briefing paper", html);
        Assert.Contains("23 December 2026", html);
        Assert.DoesNotContain(Notifications.ChildName, html);

        // Another partnership's paper does not carry this review.
        using var southshire = await system.ClientAsync("southshire-chair");
        var theirs = await southshire.GetStringAsync("/api/rapid-reviews/briefing-paper");
        Assert.DoesNotContain(id!, theirs);
    }

    [Fact]
    public async Task Timeliness_figures_count_submitted_reviews_and_refuse_bad_dates()
    {
        using var chair = await system.ClientAsync("northshire-chair");
        var figures = await chair.GetFromJsonAsync<JsonElement>("/api/rapid-reviews/timeliness?submittedFrom=2026-12-01&submittedTo=2026-12-31");
        Assert.Equal(figures.GetProperty("submitted").GetInt32(), figures.GetProperty("withinFifteenWorkingDays").GetInt32()
                                                                   + figures.GetProperty("delays").GetArrayLength());

        using var bad = await chair.GetAsync("/api/rapid-reviews/timeliness?submittedFrom=December");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("submittedFrom", out _));
        using var school = await system.ClientAsync("northshire-school");
        Assert.Equal(HttpStatusCode.Forbidden, (await school.GetAsync("/api/rapid-reviews/briefing-paper")).StatusCode);
    }
}
