namespace Safeguarding.Notification.Api.Model;

/// <summary>
/// A local authority's notification to the national panel that a child has died or been seriously
/// harmed where abuse or neglect is known or suspected.
/// </summary>
public sealed class SeriousIncidentNotification
{
    public Guid Id { get; init; }

    /// <summary>The safeguarding partnership whose area the incident belongs to; nothing crosses partnerships.</summary>
    public required string Partnership { get; init; }

    public required string LocalAuthority { get; init; }

    /// <summary>The day the local authority became aware of the incident: the notification clock starts here.</summary>
    public DateOnly BecameAwareOn { get; init; }

    public DateOnly IncidentOn { get; init; }

    public IncidentNature Nature { get; init; }

    public int NumberOfChildren { get; init; }

    /// <summary>May identify the child: never logged, never put into events or telemetry.</summary>
    public required string CaseOutline { get; init; }

    public DateOnly NotifiedOn { get; init; }

    /// <summary>Five working days after <see cref="BecameAwareOn"/>.</summary>
    public DateOnly NotificationDueOn { get; init; }

    public bool MadeLate { get; init; }

    public string? LateReason { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
