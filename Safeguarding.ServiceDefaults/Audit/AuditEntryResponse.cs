namespace Safeguarding.ServiceDefaults.Audit;

public sealed record AuditEntryResponse(
    DateTimeOffset OccurredAt,
    string Action,
    string ResourceType,
    string ResourceId,
    IReadOnlyList<string> Fields,
    string Subject,
    string? ClientId,
    string? Agency,
    string? Partnership,
    IReadOnlyList<string> Roles,
    string? ClientAddress,
    string? TraceId)
{
    public static AuditEntryResponse From(AuditEntry a) => new(a.OccurredAt, a.Action, a.ResourceType, a.ResourceId, a.Fields,
        a.Subject, a.ClientId, a.Agency, a.Partnership, a.Roles, a.ClientAddress, a.TraceId);
}
