namespace Safeguarding.Notification.Api.Model;

/// <summary>The partnership's decision not to notify, with each statutory partner's position.</summary>
public sealed class DecisionNotToNotify
{
    public required string Rationale { get; set; }

    public DateOnly DecidedOn { get; set; }

    public required string RecordedBy { get; set; }

    public List<PartnerPosition> PartnerPositions { get; set; } = [];
}
