namespace Safeguarding.Notification.Api.Model;

/// <summary>The statutory criteria the notifier says apply.</summary>
public sealed class NotificationCriteria
{
    public bool AbuseOrNeglectKnownOrSuspected { get; set; }

    public bool DiedOrSeriouslyHarmed { get; set; }

    /// <summary>in-area, or resident-harmed-outside-england (normally resident, harmed outside England).</summary>
    public string? Location { get; set; }

    /// <summary>The death of a looked-after child: notifiable without suspected abuse or neglect.</summary>
    public bool LookedAfterChildDeath { get; set; }
}
