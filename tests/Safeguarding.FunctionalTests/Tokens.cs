using Safeguarding.AppHost.Hosting.Testing;

namespace Safeguarding.FunctionalTests;

/// <summary>Development clients of the identity service (services/identity/appsettings.Development.json).</summary>
internal static class Tokens
{
    public static Task<HttpResponseMessage> RequestAsync(HttpClient gateway, string clientId, string? secret = null) =>
        DevelopmentTokens.RequestAsync(gateway, clientId, secret);

    public static Task<string> GetAsync(HttpClient gateway, string clientId) => DevelopmentTokens.GetAsync(gateway, clientId);
}
