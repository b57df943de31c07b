using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.Statutory;

namespace Safeguarding.Publication.Api.Apis;

/// <summary>What every publication endpoint uses: the database, the caller, the clock, the calendar and the audit trail (one per request).</summary>
public sealed class PublicationServices(PublicationDbContext db, IHttpContextAccessor http, TimeProvider clock, WorkingDayCalendar calendar, IAuditTrail audit)
{
    public const string AuditResource = "publication";

    public PublicationDbContext Db { get; } = db;

    public ClaimsPrincipal User { get; } = http.HttpContext?.User ?? new ClaimsPrincipal();

    public TimeProvider Clock { get; } = clock;

    public WorkingDayCalendar Calendar { get; } = calendar;

    public IAuditTrail Audit { get; } = audit;

    public string Caller => User.FindFirstValue("sub") ?? "unknown";

    /// <summary>The publication, if it is the caller's partnership's: otherwise not found, as if it did not exist.</summary>
    public async Task<Model.Publication> LoadAsync(Guid id, CancellationToken ct, bool tracking = true) =>
        await (tracking ? Db.Publications : Db.Publications.AsNoTracking()).VisibleTo(User).FirstOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new NotFoundException("Publication", id);

    /// <summary>The stored bytes of one version of a publication's final report.</summary>
    public Task<byte[]> ReportContentAsync(Guid id, int version, CancellationToken ct) =>
        Db.ReportDocuments.AsNoTracking().Where(d => d.PublicationId == id && d.Version == version).Select(d => d.Content).FirstAsync(ct);

    /// <summary>Records the step on the audit trail and saves it; a lost race is a 409 from the handler.</summary>
    public async Task SaveAsync(Model.Publication publication, string step, string field, CancellationToken ct)
    {
        Audit.Record(step, AuditResource, publication.Id.ToString(), field);
        await Db.SaveChangesAsync(ct);
    }
}
