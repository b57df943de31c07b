using Microsoft.EntityFrameworkCore;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Notification.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Api.Apis;

public sealed class NotificationServices(NotificationDbContext db, WorkingDayCalendar calendar, TimeProvider time, IAuditTrail audit, IHttpContextAccessor http)
{
    public System.Security.Claims.ClaimsPrincipal User { get; } = http.HttpContext?.User ?? new System.Security.Claims.ClaimsPrincipal();

    /// <summary>
    /// The notification, if the caller may see it (national bodies see every partnership's; operators
    /// only for the audit trail): another partnership's is not found, exactly like one that does not exist.
    /// </summary>
    public async Task<Model.SeriousIncidentNotification> LoadNotificationAsync(Guid id, CancellationToken ct, bool tracking = false, bool operatorsSeeAll = false) =>
        await (tracking ? Db.Notifications : Db.Notifications.AsNoTracking()).FirstOrDefaultAsync(n => n.Id == id, ct) is { } found
        && (User.CanSeePartnership(found.Partnership) || operatorsSeeAll && User.IsInRole(Roles.Operator))
            ? found
            : throw new NotFoundException("Notification", id);

    /// <summary>
    /// The referral, if it is the caller's partnership's (operators only for the audit trail): referrals stay
    /// within their partnership, since national bodies receive notifications, not what was considered.
    /// </summary>
    public async Task<Model.Referral> LoadReferralAsync(Guid id, CancellationToken ct, bool tracking = true, bool operatorsSeeAll = false) =>
        await (tracking ? Db.Referrals : Db.Referrals.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id, ct) is { } found
        && (found.Partnership == User.Partnership() || operatorsSeeAll && User.IsInRole(Roles.Operator))
            ? found
            : throw new NotFoundException("Referral", id);

    public IAuditTrail Audit { get; } = audit;

    public NotificationDbContext Db { get; } = db;

    public WorkingDayCalendar Calendar { get; } = calendar;

    public TimeProvider Time { get; } = time;
}
