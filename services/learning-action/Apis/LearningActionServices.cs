using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Safeguarding.LearningAction.Api.Infrastructure;
using Safeguarding.LearningAction.Api.Model;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.LearningAction.Api.Apis;

/// <summary>What every action plan endpoint uses: the database, the caller, the clock, the calendar and the audit trail (one per request).</summary>
public sealed partial class LearningActionServices(LearningActionDbContext db, IHttpContextAccessor http, TimeProvider clock, WorkingDayCalendar calendar, IAuditTrail audit)
{
    public const string AuditResource = "action";
    public const string BriefingAuditResource = "briefing";

    public LearningActionDbContext Db { get; } = db;

    public ClaimsPrincipal User { get; } = http.HttpContext?.User ?? new ClaimsPrincipal();

    public TimeProvider Clock { get; } = clock;

    public WorkingDayCalendar Calendar { get; } = calendar;

    public IAuditTrail Audit { get; } = audit;

    public string Caller => User.FindFirstValue("sub") ?? "unknown";

    public string? CallerAgency => User.Agency();

    /// <summary>The action, if the caller may see it (their partnership's, and for an agency, one it leads): otherwise not found, as if it did not exist.</summary>
    public async Task<PlanAction> LoadAsync(Guid id, CancellationToken ct, bool tracking = true) =>
        await (tracking ? Db.Actions : Db.Actions.AsNoTracking()).VisibleTo(User).FirstOrDefaultAsync(a => a.Id == id, ct)
        ?? throw new NotFoundException("Action", id);

    /// <summary>Records the step on the audit trail and saves it with its events; a lost race is a 409 from the handler.</summary>
    public async Task SaveAsync(PlanAction action, string step, string field, CancellationToken ct)
    {
        Audit.Record(step, AuditResource, action.Id.ToString(), field);
        await Db.SaveChangesAsync(ct);
    }

    /// <summary>The briefing, if the caller may see it (their partnership's; for an agency, once published): otherwise not found.</summary>
    public async Task<Briefing> LoadBriefingAsync(Guid id, CancellationToken ct, bool tracking = true) =>
        await (tracking ? Db.Briefings : Db.Briefings.AsNoTracking()).VisibleTo(User).FirstOrDefaultAsync(b => b.Id == id, ct)
        ?? throw new NotFoundException("Briefing", id);

    public async Task SaveAsync(Briefing briefing, string step, string field, CancellationToken ct)
    {
        Audit.Record(step, BriefingAuditResource, briefing.Id.ToString(), field);
        await Db.SaveChangesAsync(ct);
    }
}
