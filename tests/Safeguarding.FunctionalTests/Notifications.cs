using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Safeguarding.FunctionalTests;

internal static class Notifications
{
    public const string ChildName = "Olivia Testchild";
    public const string ChildDateOfBirth = "2019-03-14";
    public const string Place = "14 Example Road, Northtown";

    /// <summary>A complete national form: one child in detail, criteria met, made on time (today is 2026-12-23).</summary>
    public static JsonObject Valid(string becameAwareOn = "2026-12-22", string? lateReason = null, string incidentOn = "2026-11-20") => new()
    {
        ["notifier"] = new JsonObject
        {
            ["localAuthority"] = "Northshire County Council",
            ["name"] = "Sarah Notifier",
            ["role"] = "Head of Safeguarding",
            ["telephone"] = "01632 960 123",
            ["email"] = "sarah.notifier@northshire.example",
        },
        ["becameAwareOn"] = becameAwareOn,
        ["incidentOn"] = incidentOn,
        ["incidentTime"] = "14:30",
        ["incidentPlace"] = Place,
        ["nature"] = "serious-harm",
        ["criteria"] = new JsonObject
        {
            ["abuseOrNeglectKnownOrSuspected"] = true,
            ["diedOrSeriouslyHarmed"] = true,
            ["location"] = "in-area",
        },
        ["children"] = new JsonArray(Child()),
        ["numberOfChildren"] = 1,
        ["caseOutline"] = "Outline of the incident.",
        ["linkedCases"] = new JsonArray("NSCP-2025-014"),
        ["lateReason"] = lateReason,
    };

    public static JsonObject Child(string name = ChildName, string? dateOfBirth = ChildDateOfBirth, bool lookedAfter = false) => new()
    {
        ["name"] = name,
        ["dateOfBirth"] = dateOfBirth,
        ["sex"] = "female",
        ["ethnicity"] = "WBRI",
        ["disability"] = "no",
        ["lookedAfter"] = lookedAfter,
        ["childProtectionPlan"] = true,
        ["childInNeedPlan"] = false,
        ["knownToAgencies"] = new JsonArray("Children's social care", "Health visiting"),
        ["placementType"] = lookedAfter ? "foster-care" : null,
    };

    /// <summary>A referral as an agency would make it.</summary>
    public static JsonObject Referral() => new()
    {
        ["referringAgency"] = "Northshire Academy",
        ["contact"] = new JsonObject
        {
            ["name"] = "Dan Safeguardinglead", ["role"] = "Designated safeguarding lead",
            ["telephone"] = "01632 960 456", ["email"] = "dsl@academy.example",
        },
        ["children"] = new JsonArray(new JsonObject { ["name"] = ChildName, ["dateOfBirth"] = ChildDateOfBirth }),
        ["whatHappened"] = "Admitted to hospital with unexplained injuries.",
        ["happenedOn"] = "2026-12-21",
        ["reasonsForReferral"] = "Injuries inconsistent with the explanation; neglect suspected.",
    };

    public static async Task<JsonElement> ReferAsync(HttpClient client, JsonObject? body = null)
    {
        using var response = await client.PostAsJsonAsync("/api/referrals", body ?? Referral());
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"Expected 201, got {(int)response.StatusCode}: {json}");
        }

        return json;
    }

    /// <summary>Sets (or, with null, removes) the value at a path such as <c>children[0].sex</c>.</summary>
    public static JsonObject With(this JsonObject form, string path, JsonNode? value)
    {
        var copy = form.DeepClone().AsObject();
        var parts = path.Split('.');
        JsonNode node = copy;
        foreach (var part in parts[..^1])
        {
            node = Step(node, part)!;
        }

        var last = parts[^1];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            var array = node[last[..bracket]]!.AsArray();
            array[int.Parse(last[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else if (value is null)
        {
            node.AsObject().Remove(last);
        }
        else
        {
            node[last] = value;
        }

        return copy;
    }

    public static JsonObject Without(this JsonObject form, string path) => form.With(path, null);

    private static JsonNode? Step(JsonNode node, string part)
    {
        var bracket = part.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0
            ? node[part]
            : node[part[..bracket]]![int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)];
    }

    public static async Task<JsonElement> NotifyAsync(HttpClient gateway, object body)
    {
        using var response = await gateway.PostAsJsonAsync("/api/notifications", body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"Expected 201, got {(int)response.StatusCode}: {json}");
        }

        return json;
    }

    /// <summary>The notification's rapid reviews; a 503 (a server too busy or down for a moment) is asked again after its Retry-After, as a client would.</summary>
    public static async Task<JsonElement[]> RapidReviewsForAsync(HttpClient gateway, string notificationId)
    {
        var response = await gateway.GetAsync($"/api/rapid-reviews?notificationId={notificationId}");
        for (var retry = 0; response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && retry < 3; retry++)
        {
            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            response.Dispose();
            await Task.Delay(wait);
            response = await gateway.GetAsync($"/api/rapid-reviews?notificationId={notificationId}");
        }

        using var answered = response;
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToArray();
    }
}
