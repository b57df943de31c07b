using System.ComponentModel.DataAnnotations;
using Safeguarding.Notification.Api.Model;
using Safeguarding.ServiceDefaults.Validation;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <summary>Filters for the list of notifications, and the page; dates are yyyy-MM-dd.</summary>
public sealed record NotificationQuery : PageRequest, IValidatableObject
{
    /// <summary>notified or withdrawn.</summary>
    [OneOf("notified", "withdrawn")]
    public string? Status { get; init; }

    /// <summary>child-death, serious-harm or other.</summary>
    [OneOf("child-death", "serious-harm", "other")]
    public string? Nature { get; init; }

    public bool? MadeLate { get; init; }

    public DateOnly? NotifiedFrom { get; init; }

    public DateOnly? NotifiedTo { get; init; }

    /// <summary>One partnership's notifications (national bodies only: others only ever see their own).</summary>
    public string? Partnership { get; init; }

    public NotificationStatus? StatusFilter() => Status switch
    {
        "notified" => NotificationStatus.Notified,
        "withdrawn" => NotificationStatus.Withdrawn,
        _ => null,
    };

    public IncidentNature? NatureFilter() => Nature is { } name && IncidentNatureNames.ByName.TryGetValue(name, out var nature) ? nature : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        NotificationPeriod.Validate(NotifiedFrom, NotifiedTo);
}
