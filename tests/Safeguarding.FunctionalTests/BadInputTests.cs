using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Safeguarding.FunctionalTests;

[Collection(SystemCollection.Name)]
public sealed class BadInputTests(SystemFixture system)
{
    public static TheoryData<string, string, string> Cases()
    {
        var valid = Notifications.Valid();
        string With(string path, string rawJson) => valid.With(path, JsonNode.Parse(rawJson)).ToJsonString();
        string Without(string path) => valid.Without(path).ToJsonString();
        // Escapes a JSON library would refuse to write: put in place of a marker after serialising.
        string Escaped(string path, string rawEscapes) => valid.With(path, "MARKER").ToJsonString().Replace("\"MARKER\"", $"\"{rawEscapes}\"", StringComparison.Ordinal);
        return new()
        {
            { "malformed JSON", """{"notifier": {"name": "x", """, "body" },
            { "not an object", "[1, 2, 3]", "body" },
            { "empty body", "", "body" },
            { "missing notifier", Without("notifier"), "notifier" },
            { "notifier not an object", With("notifier", "\"Sarah\""), "notifier" },
            { "missing local authority", Without("notifier.localAuthority"), "notifier.localAuthority" },
            { "number for the authority", With("notifier.localAuthority", "7"), "notifier.localAuthority" },
            { "missing notifier name", Without("notifier.name"), "notifier.name" },
            { "missing notifier role", Without("notifier.role"), "notifier.role" },
            { "letters for a telephone", With("notifier.telephone", "\"call me\""), "notifier.telephone" },
            { "bad email", With("notifier.email", "\"sarah-at-northshire\""), "notifier.email" },
            { "missing awareness date", Without("becameAwareOn"), "becameAwareOn" },
            { "number for a date", With("becameAwareOn", "20261222"), "becameAwareOn" },
            { "awareness in the future", With("becameAwareOn", "\"2026-12-24\""), "becameAwareOn" },
            { "awareness before the calendar", valid.With("becameAwareOn", "2017-06-01").With("incidentOn", "2017-05-01").With("children[0].dateOfBirth", "2012-01-01").ToJsonString(), "becameAwareOn" },
            { "missing incident date", Without("incidentOn"), "incidentOn" },
            { "impossible date", With("incidentOn", "\"2026-13-40\""), "incidentOn" },
            { "incident after awareness", With("incidentOn", "\"2026-12-23\""), "incidentOn" },
            { "bad incident time", With("incidentTime", "\"25:61\""), "incidentTime" },
            { "incident time with seconds", With("incidentTime", "\"14:30:00\""), "incidentTime" },
            { "missing place", Without("incidentPlace"), "incidentPlace" },
            { "missing nature", Without("nature"), "nature" },
            { "unknown nature", With("nature", "\"accident\""), "nature" },
            { "missing criteria", Without("criteria"), "criteria" },
            { "criteria not met", With("criteria.abuseOrNeglectKnownOrSuspected", "false"), "criteria" },
            { "no location", Without("criteria.location"), "criteria" },
            { "unknown location", With("criteria.location", "\"abroad\""), "criteria.location" },
            { "string for a flag", With("criteria.diedOrSeriouslyHarmed", "\"yes\""), "criteria.diedOrSeriouslyHarmed" },
            { "looked-after death for serious harm", With("criteria.lookedAfterChildDeath", "true"), "criteria" },
            { "missing children", Without("children"), "children" },
            { "no children", With("children", "[]"), "children" },
            { "missing child name", Without("children[0].name"), "children[0].name" },
            { "neither birth date nor age", valid.Without("children[0].dateOfBirth").ToJsonString(), "children[0].dateOfBirth" },
            { "born after the incident", With("children[0].dateOfBirth", "\"2026-12-01\""), "children[0].dateOfBirth" },
            { "an adult", With("children[0].dateOfBirth", "\"2001-01-01\""), "children[0].dateOfBirth" },
            { "age of an adult", valid.Without("children[0].dateOfBirth").With("children[0].ageYears", 18).ToJsonString(), "children[0].ageYears" },
            { "unknown sex", With("children[0].sex", "\"x\""), "children[0].sex" },
            { "unknown ethnicity", With("children[0].ethnicity", "\"British\""), "children[0].ethnicity" },
            { "unknown disability answer", With("children[0].disability", "\"maybe\""), "children[0].disability" },
            { "missing looked-after answer", Without("children[0].lookedAfter"), "children[0].lookedAfter" },
            { "missing protection plan answer", Without("children[0].childProtectionPlan"), "children[0].childProtectionPlan" },
            { "missing child in need answer", Without("children[0].childInNeedPlan"), "children[0].childInNeedPlan" },
            { "agencies not a list", With("children[0].knownToAgencies", "\"police\""), "children[0].knownToAgencies" },
            { "looked after without placement", With("children[0].lookedAfter", "true"), "children[0].placementType" },
            { "placement for a child not looked after", With("children[0].placementType", "\"foster-care\""), "children[0].placementType" },
            { "missing number of children", Without("numberOfChildren"), "numberOfChildren" },
            { "string for a number", With("numberOfChildren", "\"two\""), "numberOfChildren" },
            { "fractional number", With("numberOfChildren", "1.5"), "numberOfChildren" },
            { "fewer than described", With("numberOfChildren", "0"), "numberOfChildren" },
            { "more children, none described", With("numberOfChildren", "3"), "furtherChildren" },
            { "missing case outline", Without("caseOutline"), "caseOutline" },
            { "outline too long", With("caseOutline", JsonSerializer.Serialize(new string('x', 10_001))), "caseOutline" },
            { "linked cases not strings", With("linkedCases", "[1, 2]"), "linkedCases[0]" },
            { "unknown referral", With("referralId", "\"00000000-0000-0000-0000-000000000000\""), "referralId" },
            { "referral id not a UUID", With("referralId", "\"r-42\""), "referralId" },
            { "lone surrogate in the outline", Escaped("caseOutline", "\\udc00"), "caseOutline" },
            { "lone surrogate in a child's name", Escaped("children[0].name", "Olivia \\ud800"), "children[0].name" },
            { "lone surrogate in a list", Escaped("linkedCases[0]", "\\udfff"), "linkedCases[0]" },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_notification_is_a_400_problem_naming_the_field(string why, string body, string field)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await system.Gateway.PostAsync("/api/notifications", content);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{why}: got {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{why}: errors were {problem.GetProperty("errors")}");
    }

    [Theory]
    [InlineData("/api/referrals", "northshire-la-case-system")]
    [InlineData("/api/clients", "operator-console")]
    [InlineData("/api/users", "operator-console")]
    public async Task A_lone_surrogate_anywhere_in_a_body_is_a_400_not_a_500(string path, string clientId)
    {
        using var client = await system.ClientAsync(clientId);
        using var content = new StringContent("""{"displayName": "\udc00", "reason": "\ud800", "clientId": "x\udc00"}""", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Error_answers_never_echo_the_case_outline()
    {
        const string outline = "Identifying detail that must not be echoed";
        var body = Notifications.Valid().With("caseOutline", outline).With("nature", "accident")
            .With("children[0].sex", "x").ToJsonString();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await system.Gateway.PostAsync("/api/notifications", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(outline, answer);
        Assert.DoesNotContain(Notifications.ChildName, answer);
        Assert.DoesNotContain(Notifications.Place, answer);
    }
}
