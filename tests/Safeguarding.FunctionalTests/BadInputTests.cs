using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

[Collection(SystemCollection.Name)]
public sealed class BadInputTests(SystemFixture system)
{
    private const string ValidBody = """
        {"localAuthority":"Northshire County Council","becameAwareOn":"2026-12-22","incidentOn":"2026-12-20",
         "nature":"child-death","numberOfChildren":2,"caseOutline":"Outline."}
        """;

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "malformed JSON", """{"localAuthority": "Northshire", """, "body" },
        { "not an object", "[1, 2, 3]", "body" },
        { "empty body", "", "body" },
        { "missing local authority", Without("localAuthority"), "localAuthority" },
        { "missing awareness date", Without("becameAwareOn"), "becameAwareOn" },
        { "missing incident date", Without("incidentOn"), "incidentOn" },
        { "missing nature", Without("nature"), "nature" },
        { "missing number of children", Without("numberOfChildren"), "numberOfChildren" },
        { "missing case outline", Without("caseOutline"), "caseOutline" },
        { "number for a date", With("becameAwareOn", "20261222"), "becameAwareOn" },
        { "impossible date", With("incidentOn", "\"2026-13-40\""), "incidentOn" },
        { "string for a number", With("numberOfChildren", "\"two\""), "numberOfChildren" },
        { "fractional number", With("numberOfChildren", "1.5"), "numberOfChildren" },
        { "no children", With("numberOfChildren", "0"), "numberOfChildren" },
        { "unknown nature", With("nature", "\"accident\""), "nature" },
        { "number for the authority", With("localAuthority", "7"), "localAuthority" },
        { "awareness in the future", With("becameAwareOn", "\"2026-12-24\""), "becameAwareOn" },
        { "incident after awareness", With("incidentOn", "\"2026-12-23\""), "incidentOn" },
        { "awareness before the calendar", With("becameAwareOn", "\"2017-06-01\"").Replace("2026-12-20", "2017-05-01"), "becameAwareOn" },
        { "outline too long", With("caseOutline", JsonSerializer.Serialize(new string('x', 10_001))), "caseOutline" },
    };

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

    [Fact]
    public async Task Error_answers_never_echo_the_case_outline()
    {
        const string outline = "Identifying detail that must not be echoed";
        var body = With("caseOutline", JsonSerializer.Serialize(outline)).Replace("\"child-death\"", "\"accident\"");
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await system.Gateway.PostAsync("/api/notifications", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(outline, await response.Content.ReadAsStringAsync());
    }

    private static string Without(string field)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(ValidBody)!.AsObject();
        node.Remove(field);
        return node.ToJsonString();
    }

    private static string With(string field, string rawJson)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(ValidBody)!.AsObject();
        node[field] = System.Text.Json.Nodes.JsonNode.Parse(rawJson);
        return node.ToJsonString();
    }
}
