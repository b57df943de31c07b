using Safeguarding.Contracts.Notifications.V1;
using Safeguarding.Notification.Api.Model;

namespace Safeguarding.Notification.Api.Grpc;

/// <summary>The national form of a notification, children included, as the publication service's feeds receive it.</summary>
internal static class NationalForm
{
    public static NationalNotification Of(SeriousIncidentNotification n, NotificationDetails details)
    {
        var form = new NationalNotification
        {
            Details = details, IncidentPlace = n.IncidentPlace, CaseOutline = n.CaseOutline, LateReason = n.LateReason ?? "",
            AbuseOrNeglectKnownOrSuspected = n.Criteria.AbuseOrNeglectKnownOrSuspected, LookedAfterChildDeath = n.Criteria.LookedAfterChildDeath,
            FurtherChildren = n.FurtherChildren ?? "", NotifierName = n.Notifier.Name, NotifierRole = n.Notifier.Role,
            NotifierEmail = n.Notifier.Email, NotifierTelephone = n.Notifier.Telephone,
        };
        form.Children.AddRange(n.Children.Select(c => new NationalNotificationChild
        {
            Name = c.Name, DateOfBirth = c.DateOfBirth?.ToString("yyyy-MM-dd") ?? "", AgeYears = c.AgeYears, Sex = c.Sex, Ethnicity = c.Ethnicity,
            Disability = c.Disability, LookedAfter = c.LookedAfter, ChildProtectionPlan = c.ChildProtectionPlan, ChildInNeedPlan = c.ChildInNeedPlan,
            KnownToAgencies = { c.KnownToAgencies },
        }));
        return form;
    }
}
