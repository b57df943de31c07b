namespace Safeguarding.Testing.Telemetry;

/// <summary>
/// The dashboard's recent telemetry, in memory only and bounded: the oldest spans and log records
/// are dropped first. Nothing is written to disk.
/// </summary>
public sealed class TelemetryStore(int maxSpans = 20_000, int maxLogs = 20_000)
{
    private readonly object _gate = new();
    private readonly LinkedList<SpanRecord> _spans = new();
    private readonly Dictionary<string, List<SpanRecord>> _byTrace = new(StringComparer.Ordinal);
    private readonly LinkedList<LogRecordView> _logs = new();

    public void Add(IEnumerable<SpanRecord> spans)
    {
        lock (_gate)
        {
            foreach (var span in spans)
            {
                _spans.AddLast(span);
                if (!_byTrace.TryGetValue(span.TraceId, out var list))
                {
                    _byTrace[span.TraceId] = list = [];
                }

                list.Add(span);
                if (_spans.Count > maxSpans)
                {
                    var oldest = _spans.First!.Value;
                    _spans.RemoveFirst();
                    if (_byTrace.TryGetValue(oldest.TraceId, out var traceSpans))
                    {
                        traceSpans.Remove(oldest);
                        if (traceSpans.Count == 0)
                        {
                            _byTrace.Remove(oldest.TraceId);
                        }
                    }
                }
            }
        }
    }

    private readonly Dictionary<(string Service, string Name), MetricPoint> _metrics = [];

    /// <summary>Keeps the latest point of each service's metric (attributes are merged into one series).</summary>
    public void Add(IEnumerable<MetricPoint> points)
    {
        lock (_gate)
        {
            foreach (var point in points)
            {
                _metrics[(point.Service, point.Name)] = point;
            }
        }
    }

    /// <summary>Spans that began no earlier than <paramref name="since"/>.</summary>
    public IReadOnlyList<SpanRecord> SpansSince(DateTimeOffset since)
    {
        lock (_gate)
        {
            return _spans.Where(s => s.Start >= since).ToList();
        }
    }

    public MetricPoint? Metric(string service, string name)
    {
        lock (_gate)
        {
            return _metrics.GetValueOrDefault((service, name));
        }
    }

    public void Add(IEnumerable<LogRecordView> logs)
    {
        lock (_gate)
        {
            foreach (var log in logs)
            {
                _logs.AddLast(log);
                if (_logs.Count > maxLogs)
                {
                    _logs.RemoveFirst();
                }
            }
        }
    }

    public IReadOnlyList<SpanRecord> GetTrace(string traceId)
    {
        lock (_gate)
        {
            return _byTrace.TryGetValue(traceId, out var spans) ? spans.OrderBy(s => s.Start).ToList() : [];
        }
    }

    public IReadOnlyList<LogRecordView> Logs(string? service, string? traceId, int max)
    {
        lock (_gate)
        {
            return _logs.Reverse()
                .Where(l => service is null || string.Equals(l.Service, service, StringComparison.OrdinalIgnoreCase))
                .Where(l => traceId is null || l.TraceId == traceId)
                .Take(max)
                .ToList();
        }
    }
}
