namespace Safeguarding.ServiceDefaults.Audit;

/// <summary>
/// One line of a service's audit trail: who did what to which record, when, from where, in which
/// trace. Rows are append-only: the database refuses to update or delete them.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>read, create, change.</summary>
    public required string Action { get; set; }

    public required string ResourceType { get; set; }

    public required string ResourceId { get; set; }

    /// <summary>The fields read or changed (names only, never values).</summary>
    public string[] Fields { get; set; } = [];

    /// <summary>The token's subject, or the service itself for work done on an event.</summary>
    public required string Subject { get; set; }

    public string? ClientId { get; set; }

    public string? Agency { get; set; }

    public string? Partnership { get; set; }

    public string[] Roles { get; set; } = [];

    public string? ClientAddress { get; set; }

    public string? TraceId { get; set; }
}
