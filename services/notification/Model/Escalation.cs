namespace Safeguarding.Notification.Api.Model;

/// <summary>A disagreement about not notifying, escalated to the independent chair, and how it was resolved.</summary>
public sealed class Escalation
{
    public DateOnly OpenedOn { get; set; }

    public List<string> DisagreeingPartners { get; set; } = [];

    public EscalationResolution? Resolution { get; set; }
}
