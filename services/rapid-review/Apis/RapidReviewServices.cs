using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Safeguarding.RapidReview.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;

namespace Safeguarding.RapidReview.Api.Apis;

/// <summary>What every rapid review endpoint uses: the database, the caller, the clock and the audit trail (one per request).</summary>
public sealed class RapidReviewServices(RapidReviewDbContext db, IHttpContextAccessor http, TimeProvider clock, WorkingDayCalendar calendar, IAuditTrail audit)
{
    public const string AuditResource = "rapid-review";

    public RapidReviewDbContext Db { get; } = db;

    public ClaimsPrincipal User { get; } = http.HttpContext?.User ?? new ClaimsPrincipal();

    public TimeProvider Clock { get; } = clock;

    public WorkingDayCalendar Calendar { get; } = calendar;

    public IAuditTrail Audit { get; } = audit;

    /// <summary>Who is acting, as the token names them.</summary>
    public string Caller => User.FindFirstValue("sub") ?? "unknown";

    /// <summary>The agency the caller's token names, if any.</summary>
    public string? CallerAgency => User.FindFirstValue(ClaimNames.Agency);

    /// <summary>The agency the caller acts for: none for the business unit, which acts on any agency's behalf ("" when a token names none).</summary>
    public string? ActingAgency => User.IsInRole(Roles.BusinessManager) ? null : CallerAgency ?? "";

    /// <summary>The caller's name for a decision record, falling back to who they are.</summary>
    public string CallerName => User.FindFirstValue("name") ?? Caller;

    /// <summary>The rapid review, if the caller's partnership may see it: another partnership's is not found, exactly like one that does not exist.</summary>
    public async Task<Model.RapidReview> LoadAsync(Guid id, CancellationToken ct, bool tracking = true) =>
        await (tracking ? Db.RapidReviews : Db.RapidReviews.AsNoTracking()).VisibleTo(User).FirstOrDefaultAsync(r => r.Id == id, ct)
        ?? throw new NotFoundException("Rapid review", id);

    /// <summary>The rapid review for reading, with the read of <paramref name="fields"/> on the record (when any) before anything is answered.</summary>
    public async Task<Model.RapidReview> ReadAsync(Guid id, string[] fields, CancellationToken ct)
    {
        var review = await LoadAsync(id, ct, tracking: false);
        await AuditReadAsync(AuditResource, id, fields, ct);
        return review;
    }

    public async Task AuditReadAsync(string resource, Guid id, string[] fields, CancellationToken ct)
    {
        if (fields.Length > 0)
        {
            await Audit.SaveReadAsync(resource, id.ToString(), fields, ct);
        }
    }

    /// <summary>The review that followed a rapid review, if the caller's partnership may see it.</summary>
    public async Task<Model.CaseReview> LoadCaseReviewAsync(Guid id, CancellationToken ct, bool tracking = true) =>
        await (tracking ? Db.CaseReviews : Db.CaseReviews.AsNoTracking()).VisibleTo(User).FirstOrDefaultAsync(r => r.Id == id, ct)
        ?? throw new NotFoundException("Review", id);

    /// <summary>Records the step on the audit trail and saves it with its events; a lost race is a 409 from the handler.</summary>
    public async Task SaveAsync(Model.RapidReview review, string action, string field, CancellationToken ct)
    {
        Audit.Record(action, AuditResource, review.Id.ToString(), field);
        Db.CheckConcurrency(review);
        await Db.SaveChangesAsync(ct);
    }
}
