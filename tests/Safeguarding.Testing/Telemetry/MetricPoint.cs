namespace Safeguarding.Testing.Telemetry;

/// <summary>One exported value of a counter or gauge: the latest a service reported.</summary>
public sealed record MetricPoint(
    string Service,
    string Name,
    DateTimeOffset Time,
    double Value,
    IReadOnlyDictionary<string, string> Attributes);
