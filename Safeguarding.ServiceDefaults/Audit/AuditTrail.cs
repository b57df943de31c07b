using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.ServiceDefaults.Audit;

/// <summary>Writes audit entries into the service's own DbContext, describing the current caller.</summary>
public sealed class AuditTrail<TContext>(TContext db, IHttpContextAccessor http, TimeProvider time, string serviceName) : IAuditTrail
    where TContext : DbContext
{
    public void Record(string action, string resourceType, string resourceId, params string[] fields)
    {
        var context = http.HttpContext;
        var user = context?.User;
        var authenticated = user?.Identity?.IsAuthenticated == true;
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            OccurredAt = time.GetUtcNow(),
            Action = action,
            ResourceType = resourceType,
            ResourceId = resourceId,
            Fields = fields,
            // Work done on an integration event has no caller: the service itself is accountable.
            Subject = authenticated ? user!.FindFirst("sub")?.Value ?? "unknown" : $"service:{serviceName}",
            ClientId = authenticated ? user!.FindFirst("client_id")?.Value : null,
            Agency = authenticated ? user!.FindFirst(ClaimNames.Agency)?.Value : null,
            Partnership = authenticated ? user!.Partnership() : null,
            Roles = authenticated ? user!.FindAll(ClaimNames.Role).Select(c => c.Value).ToArray() : [],
            ClientAddress = context?.Connection.RemoteIpAddress?.ToString(),
            TraceId = Activity.Current?.TraceId.ToString(),
        });
    }

    public async Task SaveReadAsync(string resourceType, string resourceId, string[] fields, CancellationToken cancellationToken)
    {
        Record("read", resourceType, resourceId, fields);
        await db.SaveChangesAsync(cancellationToken);
    }
}
