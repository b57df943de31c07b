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

public sealed record LogRecordView(
    DateTimeOffset Time,
    string Service,
    string Severity,
    string Message,
    string? TraceId,
    string? SpanId);

/// <summary>One exported value of a counter or gauge: the latest a service reported.</summary>
public sealed record MetricPoint(
    string Service,
    string Name,
    DateTimeOffset Time,
    double Value,
    IReadOnlyDictionary<string, string> Attributes);
