using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OpenIddict.Client;

namespace Safeguarding.ServiceDefaults.Security;

public static class ServiceTokenExtensions
{
    /// <summary>Lets this service obtain tokens for its own calls (<see cref="ServiceTokens"/>).</summary>
    public static TBuilder AddServiceTokens<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        // Once per service, however many clients of other services need its tokens.
        if (builder.Services.Any(d => d.ServiceType == typeof(ServiceTokens)))
        {
            return builder;
        }

        var identity = IdentityAddresses.From(builder.Configuration);
        builder.Services.TryAddSingleton(identity);
        var credentials = ServiceCredentials.From(builder.Configuration);
        builder.Services.AddOpenIddict().AddClient(client =>
        {
            client.AllowClientCredentialsFlow();
            // Only back-channel grants are used, so nothing the client signs or encrypts outlives the process.
            client.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            client.DisableTokenStorage();
            client.UseSystemNetHttp();
            client.AddRegistration(new OpenIddictClientRegistration
            {
                Issuer = identity.Issuer,
                ClientId = credentials.ClientId,
                ClientSecret = credentials.ClientSecret,
            });
        });
        builder.Services.AddSingleton<ServiceTokens>();
        return builder;
    }
}
