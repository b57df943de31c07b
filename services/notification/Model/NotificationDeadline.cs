using Safeguarding.ServiceDefaults.Domain;
using Safeguarding.Statutory;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.Notification.Api.Model;

/// <summary>A notification is due 5 working days after the local authority became aware; a late one says why.</summary>
public static class NotificationDeadline
{
    /// <summary>
    /// The day a notification made on <paramref name="notifiedOn"/> was due, and whether it is late:
    /// awareness cannot come after the notification, and a late notification needs <paramref name="lateReason"/>.
    /// </summary>
    public static (DateOnly DueOn, bool Late) For(DateOnly becameAwareOn, DateOnly notifiedOn, string? lateReason, WorkingDayCalendar calendar)
    {
        Valid(becameAwareOn <= notifiedOn, "becameAwareOn", "becameAwareOn cannot be after the day of notification.");
        DateOnly dueOn;
        try
        {
            dueOn = calendar.NotificationDue(becameAwareOn);
        }
        catch (DateOutsideCalendarException ex)
        {
            throw new InvalidValueException("becameAwareOn", $"becameAwareOn is outside the working-day calendar: {ex.Message}");
        }

        var late = notifiedOn > dueOn;
        Valid(!late || lateReason is not null, "lateReason", $"The notification was due by {dueOn:yyyy-MM-dd}: lateReason must say why it is late.");
        return (dueOn, late);
    }
}
