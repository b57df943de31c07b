using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Safeguarding.ServiceDefaults.Audit;

public static class AuditTrailQueries
{
    /// <summary>Who read or changed one resource, oldest first, a page at a time, as the audit trail endpoints answer it.</summary>
    public static Task<PageOf<AuditEntryResponse>> AuditTrailAsync(this DbContext db, string resourceType, Guid resourceId, PageRequest page,
        CancellationToken ct)
    {
        var id = resourceId.ToString();
        var entries = db.Set<AuditEntry>().AsNoTracking().Where(a => a.ResourceType == resourceType && a.ResourceId == id).OrderBy(a => a.Id);
        return page.ReadAsync(entries, AuditEntryResponse.From, ct);
    }
}
