namespace Safeguarding.Notification.Api.Model;

/// <summary>The nature of a serious incident, as the Department for Education counts notifications.</summary>
public enum IncidentNature
{
    ChildDeath,
    SeriousHarm,
    Other,
}
