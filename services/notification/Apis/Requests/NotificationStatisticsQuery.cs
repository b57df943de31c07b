using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Notification.Api.Apis.Requests;

/// <summary>The period the statistics count notifications in; dates are yyyy-MM-dd.</summary>
public sealed record NotificationStatisticsQuery : IValidatableObject
{
    public DateOnly? NotifiedFrom { get; init; }

    public DateOnly? NotifiedTo { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        NotificationPeriod.Validate(NotifiedFrom, NotifiedTo);
}
