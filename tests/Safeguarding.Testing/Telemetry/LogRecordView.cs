namespace Safeguarding.Testing.Telemetry;

public sealed record LogRecordView(
    DateTimeOffset Time,
    string Service,
    string Severity,
    string Message,
    string? TraceId,
    string? SpanId);
