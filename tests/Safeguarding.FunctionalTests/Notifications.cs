using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

internal static class Notifications
{
    public static object Valid(string becameAwareOn = "2026-12-22", string? lateReason = null, string incidentOn = "2026-11-20") => new
    {
        localAuthority = "Northshire County Council",
        becameAwareOn,
        incidentOn,
        nature = "serious-harm",
        numberOfChildren = 1,
        caseOutline = "Outline of the incident.",
        lateReason,
    };

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

    public static async Task<JsonElement[]> RapidReviewsForAsync(HttpClient gateway, string notificationId)
    {
        using var response = await gateway.GetAsync($"/api/rapid-reviews?notificationId={notificationId}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement[]>())!;
    }
}
