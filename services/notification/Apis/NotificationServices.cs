using Microsoft.EntityFrameworkCore;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Notification.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Api.Apis;

public sealed class NotificationServices(NotificationDbContext db, WorkingDayCalendar calendar, TimeProvider time, IAuditTrail audit, IHttpContextAccessor http)
{
    public System.Security.Claims.ClaimsPrincipal User { get; } = http.HttpContext?.User ?? new System.Security.Claims.ClaimsPrincipal();

    /// <summary>The referral, tracked for a step, if it is the caller's partnership's: referrals stay within their partnership.</summary>
    public async Task<Model.Referral> LoadReferralAsync(Guid id, CancellationToken ct) =>
        await Db.Referrals.FirstOrDefaultAsync(r => r.Id == id && r.Partnership == User.Partnership(), ct)
        ?? throw new Safeguarding.ServiceDefaults.Domain.NotFoundException("Referral", id);

    public IAuditTrail Audit { get; } = audit;

    public NotificationDbContext Db { get; } = db;

    public WorkingDayCalendar Calendar { get; } = calendar;

    public TimeProvider Time { get; } = time;
}
