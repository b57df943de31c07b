using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.Testing;

/// <summary>
/// Tokens for the identity service's development clients (secret <c>dev-only-&lt;client id&gt;-secret</c>),
/// obtained through the gateway as an agency system would.
/// </summary>
public static class DevelopmentTokens
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

    /// <summary>Sets the client's Authorization header to a bearer token of <paramref name="clientId"/>.</summary>
    public static async Task AuthenticateAsync(HttpClient gateway, string clientId) =>
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await GetAsync(gateway, clientId));
}
