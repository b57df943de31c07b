using Safeguarding.Notification.Api.Model;
using Safeguarding.Statutory;

namespace Safeguarding.Notification.Api.Apis.Requests;

public sealed partial record NotifyRequest
{
    /// <summary>
    /// The form as the notification keeps it, judged against <paramref name="notifiedOn"/>, the day
    /// the notification is (or was) made: its deadline, and whether it is late (then with its reason).
    /// Call it on a request that passed validation.
    /// </summary>
    public NotificationForm ToForm(DateOnly notifiedOn, WorkingDayCalendar calendar)
    {
        var incidentOn = IncidentOn!.Value;
        var lateReason = Optional(LateReason);
        var (dueOn, late) = NotificationDeadline.For(BecameAwareOn!.Value, notifiedOn, lateReason, calendar);
        return new NotificationForm(
            Notifier.ToNotifier(), BecameAwareOn.Value, incidentOn, IncidentTime, IncidentPlace.Trim(), IncidentNatureNames.ByName[Nature],
            Criteria.ToCriteria(), Children.Select(c => c.ToChild(incidentOn)).ToList(), NumberOfChildren!.Value, Optional(FurtherChildren),
            CaseOutline.Trim(), LinkedCases?.Select(l => l.Trim()).Distinct().ToList() ?? [], dueOn, late, late ? lateReason : null);
    }
}
