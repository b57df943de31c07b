using Microsoft.EntityFrameworkCore;

namespace Safeguarding.ServiceDefaults.Audit;

public static class AuditTrailQueries
{
    /// <summary>Who read or changed one resource, oldest first, as the audit trail endpoints answer it.</summary>
    public static async Task<List<AuditEntryResponse>> AuditTrailAsync(this DbContext db, string resourceType, Guid resourceId, CancellationToken ct)
    {
        var id = resourceId.ToString();
        var entries = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.ResourceType == resourceType && a.ResourceId == id)
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
        return entries.Select(AuditEntryResponse.From).ToList();
    }
}
