using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Safeguarding.FunctionalTests;

/// <summary>Bad referrals, bad decisions on them and steps out of turn: 400 problems naming the field, or 409.</summary>
[Collection(SystemCollection.Name)]
public sealed class ReferralBadInputTests(SystemFixture system)
{
    public static TheoryData<string, string> BadReferrals()
    {
        var valid = Notifications.Referral();
        return new()
        {
            { valid.Without("referringAgency").ToJsonString(), "referringAgency" },
            { valid.Without("contact").ToJsonString(), "contact" },
            { valid.With("contact.email", "nope").ToJsonString(), "contact.email" },
            { valid.With("contact.telephone", "12").ToJsonString(), "contact.telephone" },
            { valid.With("children", new JsonArray()).ToJsonString(), "children" },
            { valid.Without("children[0].name").ToJsonString(), "children[0].name" },
            { valid.Without("children[0].dateOfBirth").ToJsonString(), "children[0].dateOfBirth" },
            { valid.With("children[0].dateOfBirth", "2027-01-01").ToJsonString(), "children[0].dateOfBirth" },
            { valid.Without("whatHappened").ToJsonString(), "whatHappened" },
            { valid.With("happenedOn", "2026-12-24").ToJsonString(), "happenedOn" },
            { valid.Without("reasonsForReferral").ToJsonString(), "reasonsForReferral" },
            { "[]", "body" },
        };
    }

    [Theory]
    [MemberData(nameof(BadReferrals))]
    public async Task Bad_referrals_are_400_problems_naming_the_field(string body, string field)
    {
        using var school = await system.ClientAsync("northshire-school");
        using var response = await school.PostAsync("/api/referrals", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
        Assert.DoesNotContain(Notifications.ChildName, errors.GetRawText());
    }

    [Theory]
    [InlineData("""{"partnerPositions":[{"partner":"local-authority","position":"agree"},{"partner":"police","position":"agree"},{"partner":"health","position":"agree"}]}""", "rationale")]
    [InlineData("""{"rationale":"r","partnerPositions":[{"partner":"local-authority","position":"agree"},{"partner":"police","position":"agree"}]}""", "partnerPositions")]
    [InlineData("""{"rationale":"r","partnerPositions":[{"partner":"local-authority","position":"agree"},{"partner":"police","position":"agree"},{"partner":"police","position":"agree"}]}""", "partnerPositions")]
    [InlineData("""{"rationale":"r","partnerPositions":[{"partner":"local-authority","position":"agree"},{"partner":"police","position":"disagree"},{"partner":"health","position":"agree"}]}""", "partnerPositions[1].comment")]
    [InlineData("""{"rationale":"r","partnerPositions":[{"partner":"school","position":"agree"},{"partner":"police","position":"agree"},{"partner":"health","position":"agree"}]}""", "partnerPositions[0].partner")]
    [InlineData("""{"rationale":"r","partnerPositions":[{"partner":"local-authority","position":"maybe"},{"partner":"police","position":"agree"},{"partner":"health","position":"agree"}]}""", "partnerPositions[0].position")]
    public async Task Bad_decisions_are_400_problems_naming_the_field(string body, string field)
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        var id = (await Notifications.ReferAsync(businessUnit)).GetProperty("id").GetString();
        using var response = await businessUnit.PostAsync($"/api/referrals/{id}/decision-not-to-notify",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
    }

    [Theory]
    [InlineData("learning-route", """{"learningActivity":"a"}""", "rationale")]
    [InlineData("learning-route", """{"rationale":"r"}""", "learningActivity")]
    [InlineData("learning-route", """{"rationale":7,"learningActivity":"a"}""", "rationale")]
    [InlineData("learning-route/outcome", """{}""", "outcome")]
    [InlineData("escalation/resolution", """{"reasoning":"r"}""", "outcome")]
    [InlineData("escalation/resolution", """{"outcome":"notify"}""", "reasoning")]
    [InlineData("escalation/resolution", """{"outcome":"later","reasoning":"r"}""", "outcome")]
    [InlineData("decision-not-to-notify", """not json""", "body")]
    public async Task Bad_answers_on_a_referral_are_400_problems_naming_the_field(string step, string body, string field)
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var caller = step.StartsWith("escalation", StringComparison.Ordinal) ? await system.ClientAsync("northshire-chair") : businessUnit;
        var id = (await Notifications.ReferAsync(businessUnit)).GetProperty("id").GetString();
        using var response = await caller.PostAsync($"/api/referrals/{id}/{step}",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.GetRawText());
    }

    [Fact]
    public async Task Out_of_turn_resolutions_and_bad_answers_are_refused()
    {
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var chair = await system.ClientAsync("northshire-chair");
        var id = (await Notifications.ReferAsync(businessUnit)).GetProperty("id").GetString();

        using var nothingToResolve = await chair.PostAsJsonAsync($"/api/referrals/{id}/escalation/resolution", new { outcome = "notify", reasoning = "r" });
        Assert.Equal(HttpStatusCode.Conflict, nothingToResolve.StatusCode);
        using var badOutcome = await chair.PostAsJsonAsync($"/api/referrals/{id}/escalation/resolution", new { outcome = "perhaps", reasoning = "r" });
        Assert.Equal(HttpStatusCode.BadRequest, badOutcome.StatusCode);
        using var noOutcomeYet = await businessUnit.PostAsJsonAsync($"/api/referrals/{id}/learning-route/outcome", new { outcome = "o" });
        Assert.Equal(HttpStatusCode.Conflict, noOutcomeYet.StatusCode);
        using var badLearning = await businessUnit.PostAsJsonAsync($"/api/referrals/{id}/learning-route", new { rationale = "r" });
        Assert.Equal(HttpStatusCode.BadRequest, badLearning.StatusCode);
        using var unknownReferral = await system.Gateway.PostAsJsonAsync("/api/notifications",
            Notifications.Valid().With("referralId", Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.BadRequest, unknownReferral.StatusCode);
        // Referrals are named by UUIDs: any other address is not one.
        using var badId = await chair.GetAsync("/api/referrals/not-a-uuid");
        Assert.Equal(HttpStatusCode.NotFound, badId.StatusCode);
        using var badFilter = await chair.GetAsync("/api/referrals?status=pending");
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
    }
}
