using System.Net.Http.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>Development clients of the identity service (services/identity/appsettings.Development.json).</summary>
internal static class Tokens
{
    public static Task<HttpResponseMessage> RequestAsync(HttpClient gateway, string clientId, string? secret = null) =>
        DevelopmentTokens.RequestAsync(gateway, clientId, secret);

    public static Task<string> GetAsync(HttpClient gateway, string clientId) => DevelopmentTokens.GetAsync(gateway, clientId);

    public static async Task<string> GetAsync(HttpClient gateway, string clientId, string? secret)
    {
        using var response = await RequestAsync(gateway, clientId, secret);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("access_token").GetString()!;
    }
}
