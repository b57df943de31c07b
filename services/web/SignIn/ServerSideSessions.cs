using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Caching.Memory;

namespace Safeguarding.Web.SignIn;

/// <summary>
/// Keeps each signed-in person's session (their claims and tokens) in this service's memory; the
/// browser's cookie carries only the session's random key, so no token ever reaches the browser.
/// A session ends when the person signs out, after its idle time, or when the service restarts.
/// </summary>
public sealed class ServerSideSessions(IMemoryCache cache) : ITicketStore
{
    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        Keep(key, ticket);
        return Task.FromResult(key);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        Keep(key, ticket);
        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => Task.FromResult(cache.Get<AuthenticationTicket>(Key(key)));

    public Task RemoveAsync(string key)
    {
        cache.Remove(Key(key));
        return Task.CompletedTask;
    }

    private void Keep(string key, AuthenticationTicket ticket) =>
        cache.Set(Key(key), ticket, new MemoryCacheEntryOptions { SlidingExpiration = SessionTimeout.Idle });

    private static string Key(string key) => $"{CookieAuthenticationDefaults.AuthenticationScheme}:session:{key}";
}
