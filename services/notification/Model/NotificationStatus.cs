namespace Safeguarding.Notification.Api.Model;

public enum NotificationStatus
{
    Notified,
    Withdrawn,
}
