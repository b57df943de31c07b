using OpenIddict.Client;

namespace Safeguarding.ServiceDefaults.Security;

/// <summary>
/// Access tokens for this service's own calls to other services (client credentials at the
/// identity service), kept until shortly before they expire, until the clock reads earlier than when
/// the token was obtained (it has been moved back), or until a service refuses the token.
/// </summary>
public sealed class ServiceTokens(OpenIddictClientService client, TimeProvider clock)
{
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Held? _current;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && current.IsGood(clock.GetUtcNow()))
        {
            return current.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            if (_current is { } again && again.IsGood(now))
            {
                return again.Token;
            }

            var result = await client.AuthenticateWithClientCredentialsAsync(new()
            {
                Scopes = [AuthenticationExtensions.ApiScope],
                CancellationToken = cancellationToken,
            });
            _current = new Held(result.AccessToken, now, result.AccessTokenExpirationDate ?? now.AddMinutes(5));
            return result.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A service refused the token: the next call asks for a new one.</summary>
    public void Forget() => _current = null;

    private sealed record Held(string Token, DateTimeOffset Obtained, DateTimeOffset Expires)
    {
        public bool IsGood(DateTimeOffset now) => now >= Obtained && Expires - RenewBeforeExpiry > now;
    }
}
