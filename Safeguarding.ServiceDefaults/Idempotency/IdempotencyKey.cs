using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Safeguarding.ServiceDefaults.Domain;

namespace Safeguarding.ServiceDefaults.Idempotency;

/// <summary>The caller's <c>Idempotency-Key</c> for one create request, with the request's fingerprint.</summary>
public sealed record IdempotencyKey(string Caller, string Key, string Operation, string RequestHash)
{
    public const string Header = "Idempotency-Key";

    /// <summary>The key the request carries, or null without one. A key is 1 to 255 visible ASCII characters.</summary>
    public static IdempotencyKey? From(HttpContext context, string operation, string requestBody)
    {
        if (!context.Request.Headers.TryGetValue(Header, out var values))
        {
            return null;
        }

        var key = values.ToString();
        Rules.Valid(key.Length is > 0 and <= 255 && key.All(c => c is > ' ' and <= '~'), Header,
            $"{Header} must be 1 to 255 visible ASCII characters, e.g. a UUID made for this request.");
        var caller = context.User.FindFirstValue("sub") ?? context.User.FindFirstValue("client_id") ?? "anonymous";
        return new IdempotencyKey(caller, key, operation, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(requestBody))));
    }

    /// <summary>
    /// The case an earlier request with this key created, or null if there was none. The same key
    /// for a different body or operation is refused: it is a different request.
    /// </summary>
    public async Task<Guid?> FindAsync(DbContext db, CancellationToken ct)
    {
        var earlier = await db.Set<IdempotentRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Caller == Caller && r.Key == Key, ct);
        if (earlier is null)
        {
            return null;
        }

        if (earlier.Operation != Operation || earlier.RequestHash != RequestHash)
        {
            throw new IdempotencyKeyReusedException();
        }

        return earlier.ResourceId;
    }

    /// <summary>Saved with the case it created (the next SaveChanges).</summary>
    public void Remember(DbContext db, Guid resourceId, DateTimeOffset at) => db.Set<IdempotentRequest>().Add(new IdempotentRequest
    {
        Caller = Caller, Key = Key, Operation = Operation, RequestHash = RequestHash, ResourceId = resourceId, CreatedAt = at,
    });
}
