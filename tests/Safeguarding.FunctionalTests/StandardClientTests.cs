using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Client;

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
}
