using System.Text.Json;

namespace Safeguarding.Notification.Api.Model;

/// <summary>One correction of a notification: who, when, why, and each changed field before and after.</summary>
public sealed class NotificationAmendment
{
    public long Id { get; init; }

    public Guid NotificationId { get; init; }

    public int Number { get; init; }

    public DateTimeOffset AmendedAt { get; init; }

    public required string AmendedBy { get; init; }

    public string? AmendedByName { get; init; }

    public string? Agency { get; init; }

    public required string Reason { get; init; }

    public List<string> ChangedFields { get; init; } = [];

    /// <summary>The changed fields' values before, as the form carries them.</summary>
    public required JsonDocument Before { get; init; }

    public required JsonDocument After { get; init; }
}
