using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Client;
using OpenIddict.Client.AspNetCore;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// An agency system using a certified OpenID Connect client library, configured with nothing but
/// the gateway's address: it reads the discovery document, checks that the issuer it names is the
/// address it asked, and gets a token that the services accept.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class StandardClientTests(SystemFixture system)
{
    [Fact]
    public async Task OpenIddict_client_discovers_the_platform_at_the_gateway_and_gets_a_token_by_client_credentials()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOpenIddict().AddClient(client =>
        {
            client.AllowClientCredentialsFlow();
            client.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            client.DisableTokenStorage();
            client.UseSystemNetHttp();
            client.AddRegistration(new OpenIddictClientRegistration
            {
                Issuer = new Uri(system.Issuer),
                ClientId = "northshire-business-unit",
                ClientSecret = "dev-only-northshire-business-unit-secret",
            });
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<OpenIddictClientService>();

        var configuration = await client.GetServerConfigurationByIssuerAsync(new Uri(system.Issuer), CancellationToken.None);
        Assert.Equal(new Uri(system.Issuer), configuration.Issuer);
        Assert.Equal(new Uri(system.Issuer + "connect/token"), configuration.TokenEndpoint);

        var result = await client.AuthenticateWithClientCredentialsAsync(new() { Scopes = ["safeguarding"] });

        using var gateway = system.App.CreateHttpClient("gateway");
        gateway.DefaultRequestHeaders.Authorization = new("Bearer", result.AccessToken);
        using var response = await gateway.GetAsync("/api/rapid-reviews");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// A web front end built on OpenIddict's ASP.NET Core client, at the address registered for
    /// <c>safeguarding-web</c>: it sends the person to the gateway's authorization endpoint with an
    /// S256 challenge, and at the callback checks the state, redeems the code with its verifier and
    /// validates the identity token (issuer, signature, audience, nonce) as the library does.
    /// </summary>
    [Fact]
    public async Task OpenIddict_web_client_signs_a_person_in_with_authorization_code_and_PKCE_through_the_gateway()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(People.RedirectUri[..People.RedirectUri.IndexOf("/signin-callback", StringComparison.Ordinal)]);
        builder.Services.AddOpenIddict().AddClient(client =>
        {
            client.AllowAuthorizationCodeFlow();
            client.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            client.DisableTokenStorage();
            client.SetRedirectionEndpointUris("signin-callback");
            client.UseAspNetCore().EnableRedirectionEndpointPassthrough().DisableTransportSecurityRequirement();
            client.UseSystemNetHttp();
            client.AddRegistration(new OpenIddictClientRegistration
            {
                Issuer = new Uri(system.Issuer),
                ClientId = People.WebClient,
                RedirectUri = new Uri("signin-callback", UriKind.Relative),
                Scopes = { "openid", "profile", "safeguarding" },
            });
        });
        // The front end here runs on plain HTTP on loopback; its correlation cookie must travel there.
        builder.Services.Configure<OpenIddictClientAspNetCoreOptions>(options =>
        {
            options.CookieBuilder.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            options.CookieBuilder.SameSite = SameSiteMode.Lax;
        });
        builder.Services.AddAuthentication();
        await using var frontEnd = builder.Build();
        frontEnd.UseAuthentication();
        frontEnd.MapGet("/sign-in", () => Results.Challenge(new AuthenticationProperties { RedirectUri = "/" },
            [OpenIddictClientAspNetCoreDefaults.AuthenticationScheme]));
        frontEnd.MapGet("/signin-callback", async (HttpContext context) =>
        {
            var result = await context.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
            return result.Succeeded
                ? Results.Text(result.Properties!.GetTokenValue(OpenIddictClientAspNetCoreConstants.Tokens.BackchannelAccessToken))
                : Results.Problem(result.Failure?.Message ?? "not signed in", statusCode: 401);
        });
        await frontEnd.StartAsync();

        using var person = new People(system.App.GetEndpoint("gateway"));
        using var start = await person.GetAsync(People.RedirectUri.Replace("/signin-callback", "/sign-in", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var authorize = start.Headers.Location!;
        Assert.StartsWith(system.Issuer + "connect/authorize", authorize.ToString());
        Assert.Equal("S256", People.Query(authorize)["code_challenge_method"]);

        using var signInPage = await person.GetAsync(authorize.ToString());
        Assert.Equal(HttpStatusCode.Redirect, signInPage.StatusCode);
        using var signedIn = await person.SignInAsync(signInPage.Headers.Location!.ToString(), "helen.marsh", "dev-only-helen.marsh-password");
        using var code = await person.GetAsync(signedIn.Headers.Location!.ToString());
        Assert.StartsWith(People.RedirectUri, code.Headers.Location!.ToString());
        using var callback = await person.GetAsync(code.Headers.Location!.ToString());
        var accessToken = await callback.Content.ReadAsStringAsync();
        Assert.True(callback.StatusCode == HttpStatusCode.OK, accessToken);

        var claims = People.Payload(accessToken);
        Assert.Equal(system.Issuer, claims.GetProperty("iss").GetString());
        Assert.Equal("independent-chair", claims.GetProperty("role").GetString());
        using var gateway = system.App.CreateHttpClient("gateway");
        gateway.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        using var response = await gateway.GetAsync("/api/rapid-reviews");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await frontEnd.StopAsync();
    }
}
