namespace Safeguarding.Testing.Telemetry;

public sealed record SpanRecord(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Service,
    string Scope,
    string Name,
    string Kind,
    DateTimeOffset Start,
    double DurationMs,
    string Status,
    IReadOnlyDictionary<string, string> Attributes);
