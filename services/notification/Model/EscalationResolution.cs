namespace Safeguarding.Notification.Api.Model;

public sealed class EscalationResolution
{
    /// <summary>notify or do-not-notify.</summary>
    public required string Outcome { get; set; }

    public required string ResolvedBy { get; set; }

    public string? ResolvedByName { get; set; }

    public DateOnly ResolvedOn { get; set; }

    public required string Reasoning { get; set; }
}
