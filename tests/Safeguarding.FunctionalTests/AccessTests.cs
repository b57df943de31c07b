using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Safeguarding.FunctionalTests;

[Collection(SystemCollection.Name)]
public sealed class AccessTests(SystemFixture system)
{
    [Theory]
    [InlineData("GET", "/api/notifications")]
    [InlineData("POST", "/api/notifications")]
    [InlineData("GET", "/api/rapid-reviews")]
    public async Task Without_a_token_the_api_answers_401(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(Notifications.Valid()) };
        using var response = await system.Anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_with_a_broken_signature_is_401()
    {
        var token = await Tokens.GetAsync(system.Anonymous, "northshire-business-unit");
        var tampered = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(tampered, "/api/rapid-reviews"));
    }

    [Fact]
    public async Task A_token_signed_by_anyone_else_is_401_whatever_it_claims()
    {
        using var rsa = RSA.Create(2048);
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = system.Issuer,
            Audience = "safeguarding-api",
            Subject = new ClaimsIdentity([new Claim("sub", "intruder"), new Claim("role", "independent-chair"), new Claim("partnership", "northshire")]),
            // Valid in every way on the services' development clock but the signature.
            NotBefore = SystemFixture.Now.UtcDateTime.AddHours(-2),
            IssuedAt = SystemFixture.Now.UtcDateTime.AddHours(-2),
            Expires = SystemFixture.Now.UtcDateTime.AddHours(2),
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithAsync(forged, "/api/rapid-reviews"));
    }

    [Theory]
    [InlineData("expired", HttpStatusCode.Unauthorized)]
    [InlineData("wrong audience", HttpStatusCode.Unauthorized)]
    [InlineData("wrong issuer", HttpStatusCode.Unauthorized)]
    [InlineData("none", HttpStatusCode.OK)] // the control: the same token without the flaw is accepted
    public async Task A_token_signed_with_the_real_key_but_otherwise_invalid_is_401(string flaw, HttpStatusCode expected)
    {
        var key = await IdentitySigningKeyAsync();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = flaw == "wrong issuer" ? "http://elsewhere.example/" : system.Issuer,
            Audience = flaw == "wrong audience" ? "another-api" : "safeguarding-api",
            Subject = new ClaimsIdentity([new Claim("sub", "northshire-chair"), new Claim("role", "independent-chair"), new Claim("partnership", "northshire")]),
            // The services run on the fixture's development clock.
            NotBefore = SystemFixture.Now.UtcDateTime.AddHours(-2),
            IssuedAt = SystemFixture.Now.UtcDateTime.AddHours(-2),
            Expires = flaw == "expired" ? SystemFixture.Now.UtcDateTime.AddHours(-1) : SystemFixture.Now.UtcDateTime.AddHours(2),
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };

        Assert.Equal(expected, await StatusWithAsync(new JsonWebTokenHandler().CreateToken(descriptor), "/api/rapid-reviews"));
    }

    /// <summary>
    /// The identity service's development signing certificate, from the machine's certificate store
    /// (the tests run as the same user): the one whose thumbprint is the published key id.
    /// </summary>
    private async Task<X509SecurityKey> IdentitySigningKeyAsync()
    {
        using var identity = system.App.CreateHttpClient("identity");
        var discovery = await identity.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var keys = await identity.GetFromJsonAsync<JsonElement>(new Uri(discovery.GetProperty("jwks_uri").GetString()!).PathAndQuery);
        var kids = keys.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadOnly);
        var certificate = store.Certificates.Cast<X509Certificate2>().First(c => c.HasPrivateKey && kids.Contains(c.Thumbprint));
        return new X509SecurityKey(certificate);
    }

    [Fact]
    public async Task Roles_that_have_no_part_in_an_operation_are_refused()
    {
        using var ofsted = await system.ClientAsync("ofsted-feed");
        using var posted = await ofsted.PostAsJsonAsync("/api/notifications", Notifications.Valid());
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);

        using var reviewer = await system.ClientAsync("northshire-reviewer");
        using var read = await reviewer.GetAsync("/api/notifications");
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task Nothing_of_another_partnership_is_visible_not_even_its_existence()
    {
        using var southshire = await system.ClientAsync("southshire-la-case-system");
        var notification = await Notifications.NotifyAsync(southshire, Notifications.Valid());
        var id = notification.GetProperty("id").GetString()!;
        var reviews = await Eventually.GetAsync(async () =>
        {
            var found = await Notifications.RapidReviewsForAsync(southshire, id);
            return found.Length > 0 ? found : null;
        }, TimeSpan.FromSeconds(30), "southshire's rapid review");
        var reviewId = Assert.Single(reviews).GetProperty("id").GetString();

        using var northshireChair = await system.ClientAsync("northshire-chair");
        using (var notificationRead = await northshireChair.GetAsync($"/api/notifications/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, notificationRead.StatusCode);
        }

        using (var reviewRead = await northshireChair.GetAsync($"/api/rapid-reviews/{reviewId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, reviewRead.StatusCode);
        }

        Assert.Empty(await Notifications.RapidReviewsForAsync(northshireChair, id));
        var northshireList = await northshireChair.GetFromJsonAsync<JsonElement>("/api/notifications?pageSize=200");
        Assert.DoesNotContain(northshireList.GetProperty("items").EnumerateArray(), n => n.GetProperty("id").GetString() == id);

        // The national panel receives every partnership's notifications.
        using var panel = await system.ClientAsync("national-panel-feed");
        using var panelRead = await panel.GetAsync($"/api/notifications/{id}");
        Assert.Equal(HttpStatusCode.OK, panelRead.StatusCode);
    }

    [Fact]
    public async Task Health_documents_and_the_reference_page_need_no_token()
    {
        foreach (var path in new[] { "/health", "/openapi/notification.json", "/scalar/", "/.well-known/openid-configuration" })
        {
            using var response = await system.Anonymous.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        }
    }

    private async Task<HttpStatusCode> StatusWithAsync(string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await system.Anonymous.SendAsync(request);
        return response.StatusCode;
    }
}
