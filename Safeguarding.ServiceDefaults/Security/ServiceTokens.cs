using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OpenIddict.Client;

namespace Safeguarding.ServiceDefaults.Security;

/// <summary>
/// Access tokens for this service's own calls to other services (client credentials at the
/// identity service), kept until shortly before they expire.
/// </summary>
public sealed class ServiceTokens(OpenIddictClientService client, TimeProvider clock)
{
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset Expires)? _current;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && current.Expires - RenewBeforeExpiry > clock.GetUtcNow())
        {
            return current.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && again.Expires - RenewBeforeExpiry > clock.GetUtcNow())
            {
                return again.Token;
            }

            var result = await client.AuthenticateWithClientCredentialsAsync(new()
            {
                Scopes = [AuthenticationExtensions.ApiScope],
                CancellationToken = cancellationToken,
            });
            _current = (result.AccessToken, result.AccessTokenExpirationDate ?? clock.GetUtcNow().AddMinutes(5));
            return result.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }
}

public static class ServiceTokenExtensions
{
    /// <summary>Lets this service obtain tokens for its own calls (<see cref="ServiceTokens"/>).</summary>
    public static TBuilder AddServiceTokens<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
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
