using Safeguarding.Notification.Api.Infrastructure;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Api.Apis;

public sealed class NotificationServices(NotificationDbContext db, WorkingDayCalendar calendar, TimeProvider time)
{
    public NotificationDbContext Db { get; } = db;

    public WorkingDayCalendar Calendar { get; } = calendar;

    public TimeProvider Time { get; } = time;
}
