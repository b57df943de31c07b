using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// Every operation in the services' OpenAPI documents, called as every role with hostile input:
/// malformed and truncated JSON, invalid Unicode, huge numbers, deep nesting, arrays of 10,000
/// items, wrong types, bad ids and bad query strings. Nothing may answer 5xx, and every 4xx is
/// problem details.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class FuzzTests(SystemFixture system)
{
    private static readonly string[] Clients =
    [
        "northshire-la-case-system", "northshire-la-partner", "northshire-school", "northshire-business-unit", "northshire-chair",
        "northshire-reviewer", "national-panel-feed", "ofsted-feed", "operator-console",
    ];

    private static readonly string[] Ids =
    [
        "not-a-uuid", "00000000-0000-0000-0000-000000000000", new string('9', 2_000), "%00", "..%2F..%2Fadmin", "%F0%9F%98%80", "1e400",
    ];

    private static readonly string[] Queries =
    [
        "?page=-1&pageSize=99999999999", "?page=1e400", "?notificationId=x&referralId=%00&rapidReviewId=00000000-0000-0000-0000-00000000000g",
        "?status=%3Cscript%3E&nature=%00&madeLate=maybe&overdue=2", "?notifiedFrom=2026-13-45&notifiedTo=0000-00-00&from=x&to=99999-01-01",
        "?" + string.Join('&', Enumerable.Range(0, 200).Select(i => $"p{i}={i}")),
    ];

    private static IEnumerable<(string Why, string Body)> Bodies()
    {
        var form = Notifications.Valid().ToJsonString();
        yield return ("malformed", """{"notifier": {"name": "x", """);
        yield return ("truncated", form[..(form.Length / 2)]);
        yield return ("lone surrogates", """{"agency":"\udc00","reason":"\ud800","name":"x\udfff","caseOutline":"\udc00","rationale":"\udc00","clientId":"\ud800"}""");
        yield return ("huge numbers", """{"numberOfChildren":1e400,"expectedDelayDays":99999999999999999999,"authorFee":-1e308,"practitioners":1.5,"ageYears":-0}""");
        yield return ("deep nesting", new string('[', 5_000) + new string(']', 5_000));
        yield return ("deep objects", string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 500));
        yield return ("10,000 items", JsonSerializer.Serialize(new
        {
            children = Enumerable.Repeat(new { name = "x" }, 10_000), keyPracticeEpisodes = Enumerable.Repeat("x", 10_000),
            findings = Enumerable.Repeat("x", 10_000), recommendations = Enumerable.Repeat("x", 10_000), linkedCases = Enumerable.Repeat("x", 10_000),
            attendance = Enumerable.Repeat(new { agency = "a", practitioners = 1 }, 10_000), roles = Enumerable.Repeat("operator", 10_000),
        }));
        yield return ("wrong types", """{"agency":5,"heldOn":true,"children":"x","attendance":{"police":"yes"},"notifier":[],"changes":"all","reason":[1],"roles":"operator","partnerPositions":7}""");
        yield return ("nulls", """{"agency":null,"heldOn":null,"children":[null],"attendance":null,"notifier":null,"changes":null,"reason":null}""");
        yield return ("empty object", "{}");
        yield return ("json null", "null");
        yield return ("a string", "\"text\"");
        yield return ("another operation's body", form);
    }

    [Fact]
    public async Task No_hostile_input_to_any_operation_as_any_role_is_a_5xx_and_every_refusal_is_problem_details()
    {
        var operations = await OpenApiOperations.DiscoverAsync(system.Anonymous);
        Assert.True(operations.Count > 50, $"Only {operations.Count} operations found.");
        var failures = new List<string>();
        var calls = 0;
        foreach (var clientId in Clients)
        {
            var token = await Tokens.GetAsync(system.Anonymous, clientId);
            foreach (var (service, method, path) in operations)
            {
                using var client = system.App.CreateHttpClient(service, "http");
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                // A role refused the operation is refused before its query or body is read: for it, the
                // refusal itself and the bad ids (which routing answers first) are what can go wrong.
                var refused = await RefusedAsync(client, method, path);
                foreach (var (why, address, body) in Attempts(method, path, refused))
                {
                    calls++;
                    using var request = new HttpRequestMessage(new HttpMethod(method), address);
                    if (body is not null)
                    {
                        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                    }

                    using var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    if (status >= 500)
                    {
                        failures.Add($"{clientId} {method} {path} ({why}): {status}");
                    }
                    // A NUL in the path is refused by the web server itself, before any application code
                    // runs, with a bare 400: there is no problem-details writer at that level.
                    else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                        && !(status == 400 && address.Contains("%00", StringComparison.Ordinal) && response.Content.Headers.ContentLength is 0 or null))
                    {
                        failures.Add($"{clientId} {method} {path} ({why}): {status} without problem details");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {calls} calls:\n" + string.Join("\n", failures.Distinct().Take(100)));
    }

    /// <summary>The request a caller might send to an operation: bad ids in its path, bad query strings, hostile bodies.</summary>
    private static IEnumerable<(string Why, string Address, string? Body)> Attempts(string method, string path, bool refused = false)
    {
        var withId = Concrete(path);
        var ids = withId.Contains("{id}", StringComparison.Ordinal) ? Ids : [""];
        foreach (var id in ids)
        {
            var address = withId.Replace("{id}", id, StringComparison.Ordinal);
            var wellFormed = id.Length == 0 || id == Ids[1];
            if (method == "GET")
            {
                yield return ($"id {Short(id)}", address, null);
                // Bad query strings on a well-formed address; bad ids on their own.
                foreach (var query in wellFormed && !refused ? Queries : [])
                {
                    yield return ($"query {Short(query)}", address + query, null);
                }
            }
            else
            {
                foreach (var (why, body) in wellFormed && !refused ? Bodies() : Bodies().Take(1))
                {
                    yield return ($"{why}, id {Short(id)}", address, body);
                }
            }
        }
    }

    /// <summary>Whether the caller's role is refused the operation (403 on a well-formed address).</summary>
    private static async Task<bool> RefusedAsync(HttpClient client, string method, string path)
    {
        using var probe = new HttpRequestMessage(new HttpMethod(method), Concrete(path).Replace("{id}", Ids[1], StringComparison.Ordinal));
        if (method != "GET")
        {
            probe.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(probe);
        return response.StatusCode == System.Net.HttpStatusCode.Forbidden;
    }

    /// <summary>The path with every parameter but <c>{id}</c> filled in.</summary>
    private static string Concrete(string path) => path
        .Replace("{userName}", "someone", StringComparison.Ordinal).Replace("{code}", "chairs-informed", StringComparison.Ordinal)
        .Replace("{paperId}", Ids[1], StringComparison.Ordinal).Replace("{evidenceId}", Ids[1], StringComparison.Ordinal)
        .Replace("{table}", "referrals", StringComparison.Ordinal)
        .Replace("{yearlyReportId}", Ids[1], StringComparison.Ordinal);

    private static string Short(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
