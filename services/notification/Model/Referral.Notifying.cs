using Safeguarding.Statutory;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.Notification.Api.Model;

public sealed partial class Referral
{
    /// <summary>
    /// Notifies the case: a referral under consideration or agreed by the chair, or, on new evidence,
    /// one the partnership decided not to notify or kept for learning (a retrospective notification,
    /// linked to the earlier decision).
    /// </summary>
    public SeriousIncidentNotification Notify(NotificationForm form, string? notifiedBy, string? newEvidence, TimeProvider clock)
    {
        Allowed(Status != ReferralStatus.Notified, $"The referral is notified: it was notified as {NotificationId}; amend that notification instead.");
        Allowed(Status != ReferralStatus.Escalated, "The referral is escalated: partners disagree about notifying it, and the independent chair resolves the escalation first.");
        var retrospective = Status is ReferralStatus.NotNotified or ReferralStatus.KeptForLearning;
        var notification = SeriousIncidentNotification.Notify(Partnership, form, notifiedBy, Id, retrospective, newEvidence, clock);
        Status = ReferralStatus.Notified;
        NotificationId = notification.Id;
        NotifiedOn = notification.NotifiedOn;
        NotifiedRetrospectively = retrospective;
        return notification;
    }

    /// <summary>
    /// A notification made without a referral; the case is still one the partnership considered, and
    /// is recorded among them, so that the chair's list is complete.
    /// </summary>
    public static (Referral Considered, SeriousIncidentNotification Notification) NotifyDirectly(string partnership, NotificationForm form,
        string? notifiedBy, WorkingDayCalendar calendar, TimeProvider clock)
    {
        var notification = SeriousIncidentNotification.Notify(partnership, form, notifiedBy, Guid.CreateVersion7(), retrospective: false, newEvidence: null, clock);
        return (ConsideredCase(notification, form, notifiedBy ?? "unknown", calendar.NotificationDue(notification.NotifiedOn)), notification);
    }
}
