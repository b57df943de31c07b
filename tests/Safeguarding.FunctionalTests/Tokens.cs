using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>Development clients of the identity service (services/identity/appsettings.Development.json).</summary>
internal static class Tokens
{
    public static async Task<HttpResponseMessage> RequestAsync(HttpClient gateway, string clientId, string? secret = null) =>
        await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret ?? $"dev-only-{clientId}-secret",
            ["scope"] = "safeguarding",
        }));

    public static async Task<string> GetAsync(HttpClient gateway, string clientId)
    {
        using var response = await RequestAsync(gateway, clientId);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }
}
