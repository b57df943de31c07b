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
