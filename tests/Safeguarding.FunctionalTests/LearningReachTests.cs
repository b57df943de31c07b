using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Safeguarding.Contracts.Actions.V1;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// Learning events and training through the gateway: the business manager records a course session
/// and a review's debrief, agencies record their own attendance, and the reach figures for a period
/// count them (over HTTP and over gRPC), leaving out what was held outside it.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class LearningReachTests(SystemFixture system)
{
    private const string Url = "/api/learning-actions/learning-events";

    [Fact]
    public async Task A_course_session_and_a_debrief_with_agencies_attendance_are_counted_in_the_reach_figures_for_their_period()
    {
        var reviewId = await ReviewJourney.AcceptedReviewAsync(system);
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var police = await system.ClientAsync("northshire-police-partner");
        using var health = await system.ClientAsync("northshire-icb-partner");
        using var panel = await system.ClientAsync("national-panel-feed");
        // The debrief carries the review's themes once its accepted report has opened the plan.
        await Eventually.TrueAsync(async () => (await businessUnit.GetFromJsonAsync<JsonElement>($"/api/learning-actions/plan?reviewId={reviewId}"))
            .GetProperty("total").GetInt32() == 2, TimeSpan.FromSeconds(30), "the plan's entries");

        var course = await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync(Url, new
        {
            kind = "training-course", title = "Domestic abuse at the front door", heldOn = "2026-12-14", deliveredBy = "Northshire County Council training team",
            themes = new[] { "Domestic abuse" },
            attendance = new[] { new { agency = "Northshire County Council", roles = new[] { new { role = "Social worker", practitioners = 18 }, new { role = "Family support worker", practitioners = 4 } } } },
            feedback = new { average = 4.5, responses = 20 },
        }));
        Assert.Equal((22, "domestic-abuse"), (course.GetProperty("practitioners").GetInt32(), course.GetProperty("themes")[0].GetString()));
        var debrief = (await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync(Url, new
        {
            kind = "debrief", title = "Debrief for the practitioners involved", heldOn = "2026-12-15", deliveredBy = "Independent reviewer", reviewIds = new[] { reviewId },
            attendance = new[] { new { agency = "Northshire Police", roles = new[] { new { role = "Response officer", practitioners = 6 } } } },
        }))).GetProperty("id").GetString()!;
        await ReviewJourney.OkAsync(businessUnit.PostAsJsonAsync(Url, new
        {
            kind = "wider-event", title = "Partnership learning day", heldOn = "2026-12-16", deliveredBy = "Business unit", themes = new[] { "neglect" },
            attendance = new[] { new { agency = "Northshire Police", roles = new[] { new { role = "Response officer", practitioners = 40 } } } },
        }));

        // Each agency records (and corrects) its own attendance, never another's.
        var corrected = await ReviewJourney.OkAsync(police.PutAsJsonAsync($"{Url}/{debrief}/attendance", new
        {
            roles = new[] { new { role = "Response officer", practitioners = 8 }, new { role = "Detective", practitioners = 2 } },
        }));
        Assert.Equal(10, corrected.GetProperty("practitioners").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await police.PutAsJsonAsync($"{Url}/{debrief}/attendance", new
        {
            agency = "Northshire Integrated Care Board", roles = new[] { new { role = "Health visitor", practitioners = 1 } },
        })).StatusCode);
        await ReviewJourney.OkAsync(health.PutAsJsonAsync($"{Url}/{debrief}/attendance", new { roles = new[] { new { role = "Health visitor", practitioners = 3 } } }));
        Assert.Equal(HttpStatusCode.Forbidden, (await police.PostAsJsonAsync(Url, new { kind = "wider-event" })).StatusCode);

        var reach = await police.GetFromJsonAsync<JsonElement>("/api/learning-actions/reach?from=2026-12-14&to=2026-12-15");
        Assert.Equal((1, 2, 35), (reach.GetProperty("courses").GetInt32(), reach.GetProperty("sessions").GetInt32(), reach.GetProperty("practitioners").GetInt32()));
        Assert.Equal((4.5m, 20), (reach.GetProperty("averageFeedback").GetDecimal(), reach.GetProperty("feedbackResponses").GetInt32()));
        var agencies = reach.GetProperty("byAgency").EnumerateArray().ToDictionary(a => a.GetProperty("agency").GetString()!, a => a.GetProperty("practitioners").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Northshire County Council"] = 22, ["Northshire Integrated Care Board"] = 3, ["Northshire Police"] = 10 }, agencies);
        var themes = reach.GetProperty("byTheme").EnumerateArray().ToDictionary(t => t.GetProperty("theme").GetString()!, t => (t.GetProperty("sessions").GetInt32(), t.GetProperty("practitioners").GetInt32()));
        Assert.Equal([(2, 35), (1, 13), (0, 0)], new[] { themes["domestic-abuse"], themes["information-sharing"], themes["neglect"] });
        var wider = await businessUnit.GetFromJsonAsync<JsonElement>("/api/learning-actions/reach?from=2026-12-14&to=2026-12-16");
        Assert.Equal((3, 75), (wider.GetProperty("sessions").GetInt32(), wider.GetProperty("practitioners").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync("/api/learning-actions/reach")).StatusCode);

        var listed = await businessUnit.GetFromJsonAsync<JsonElement>($"{Url}?reviewId={reviewId}&kind=debrief");
        Assert.Equal([debrief], listed.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()));

        var grpc = await GrpcReachAsync(new GetReachFiguresRequest { Partnership = "northshire", From = "2026-12-14", To = "2026-12-15" });
        Assert.Equal((1, 2, 35, "4.50"), (grpc.Courses, grpc.Sessions, grpc.Practitioners, grpc.AverageFeedback));
        Assert.Equal(10, grpc.Agencies.Single(a => a.Agency == "Northshire Police").Practitioners);
        Assert.Equal(2, grpc.Themes.Single(t => t.Theme == "domestic-abuse").Sessions);
        Assert.Equal(StatusCode.InvalidArgument, (await Assert.ThrowsAsync<RpcException>(() =>
            GrpcReachAsync(new GetReachFiguresRequest { Partnership = "northshire", From = "2026-12-15", To = "2026-12-14" }))).StatusCode);
    }

    [Theory]
    [InlineData("""{"kind":"webinar","title":"t","heldOn":"2026-12-14","deliveredBy":"d","themes":["neglect"]}""", "kind")]
    [InlineData("""{"kind":"wider-event","title":"t","heldOn":"2026-12-24","deliveredBy":"d","themes":["neglect"]}""", "heldOn")]
    [InlineData("""{"kind":"wider-event","title":"t","heldOn":"2026-02-30","deliveredBy":"d","themes":["neglect"]}""", "heldOn")]
    [InlineData("""{"kind":"debrief","title":"t","heldOn":"2026-12-14","deliveredBy":"d"}""", "reviewIds")]
    [InlineData("""{"kind":"wider-event","title":"t","heldOn":"2026-12-14","deliveredBy":"d"}""", "themes")]
    [InlineData("""{"kind":"wider-event","title":"t","heldOn":"2026-12-14","themes":["neglect"]}""", "deliveredBy")]
    [InlineData("""{"kind":"wider-event","title":"t","heldOn":"2026-12-14","deliveredBy":"d","themes":["neglect"],"attendance":[{"agency":"a","roles":[{"role":"r","practitioners":0}]}]}""", "attendance[0].roles[0].practitioners")]
    [InlineData("""{"kind":"wider-event","title":"t","heldOn":"2026-12-14","deliveredBy":"d","themes":["neglect"],"feedback":{"average":6,"responses":3}}""", "feedback.average")]
    public async Task Bad_learning_events_are_400_problems_naming_the_field(string body, string field)
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var response = await businessUnit.PostAsync(Url, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await AssertNamesAsync(response, field);
    }

    [Theory]
    [InlineData("?from=2026-12-15&to=2026-12-14", "to")]
    [InlineData("?from=yesterday", "from")]
    public async Task A_bad_period_for_reach_is_a_400_problem_naming_the_parameter(string query, string field)
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var response = await businessUnit.GetAsync($"/api/learning-actions/reach{query}");
        await AssertNamesAsync(response, field);
    }

    private static async Task AssertNamesAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
    }

    private async Task<PartnershipReach> GrpcReachAsync(GetReachFiguresRequest request)
    {
        using var channel = GrpcChannel.ForAddress(system.App.GetEndpoint("learning-action", "grpc"),
            new GrpcChannelOptions { UnsafeUseInsecureChannelCallCredentials = true });
        var secret = (await system.App.GetEnvironmentAsync("rapid-review"))["Identity__ClientSecret"];
        var service = new Metadata { { "Authorization", "Bearer " + await Tokens.GetAsync(system.Anonymous, "rapid-review", secret) } };
        return await new ActionPlanQueries.ActionPlanQueriesClient(channel).GetReachFiguresAsync(request, service);
    }
}
