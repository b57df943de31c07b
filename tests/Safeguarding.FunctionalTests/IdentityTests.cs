using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

[Collection(SystemCollection.Name)]
public sealed class IdentityTests(SystemFixture system)
{
    [Fact]
    public async Task An_agency_system_gets_a_token_naming_its_partnership_agency_and_role()
    {
        var token = await Tokens.GetAsync(system.Gateway, "northshire-la-case-system");

        var claims = Payload(token);
        Assert.Equal("northshire", claims.GetProperty("partnership").GetString());
        Assert.Equal("Northshire County Council", claims.GetProperty("agency").GetString());
        Assert.Equal("local-authority-notifier", claims.GetProperty("role").GetString());
        Assert.Equal("safeguarding-api", claims.GetProperty("aud").GetString());
        // Issued by the platform's public address, not the identity service's internal one.
        Assert.Equal(system.Issuer, claims.GetProperty("iss").GetString());
    }

    [Fact]
    public async Task A_wrong_secret_or_an_unknown_client_gets_no_token()
    {
        using var wrongSecret = await Tokens.RequestAsync(system.Gateway, "northshire-chair", "not-the-secret");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal("invalid_client", (await wrongSecret.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());

        using var unknown = await Tokens.RequestAsync(system.Gateway, "no-such-client");
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("invalid_client", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_discovery_document_names_the_gateway_as_issuer_and_for_every_endpoint_and_offers_S256_only()
    {
        var discovery = await system.Anonymous.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        Assert.Equal(system.Issuer, discovery.GetProperty("issuer").GetString());
        var endpoints = discovery.EnumerateObject().Where(p => p.Name.EndsWith("_endpoint", StringComparison.Ordinal) || p.Name == "jwks_uri").ToList();
        Assert.Contains(endpoints, p => p.Name == "token_endpoint");
        Assert.All(endpoints, p => Assert.StartsWith(system.Issuer, p.Value.GetString()));
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));

        // Every endpoint it names answers at the gateway.
        var keys = await system.Anonymous.GetFromJsonAsync<JsonElement>(discovery.GetProperty("jwks_uri").GetString());
        Assert.NotEmpty(keys.GetProperty("keys").EnumerateArray());
    }

    private static JsonElement Payload(string jwt)
    {
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        part = part.PadRight(part.Length + (4 - part.Length % 4) % 4, '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(part))).RootElement;
    }
}
