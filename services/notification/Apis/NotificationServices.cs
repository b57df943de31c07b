using Safeguarding.Notification.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Audit;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Api.Apis;

public sealed class NotificationServices(NotificationDbContext db, WorkingDayCalendar calendar, TimeProvider time, IAuditTrail audit)
{
    public IAuditTrail Audit { get; } = audit;

    public NotificationDbContext Db { get; } = db;

    public WorkingDayCalendar Calendar { get; } = calendar;

    public TimeProvider Time { get; } = time;
}
