using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <summary>The rule shared by every filter on the date notified: the period cannot end before it starts.</summary>
public static class NotificationPeriod
{
    public static IEnumerable<ValidationResult> Validate(DateOnly? from, DateOnly? to)
    {
        if (from is not null && to is not null && from > to)
        {
            yield return new ValidationResult("notifiedTo cannot be before notifiedFrom.", ["NotifiedTo"]);
        }
    }
}
