using System.Diagnostics.Metrics;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// A gauge whose value is counted now and then (a backlog, a queue's depth, cases overdue) rather
/// than on every export: the dashboard asks for metrics every second, and a count in PostgreSQL or
/// at the broker each time would cost more than the figure is worth. Nothing is reported until the
/// first count, nor while the last one failed.
/// </summary>
public sealed class SampledGauge
{
    private static readonly Meter Meter = new(SafeguardingTelemetry.MeterName);
    private long _value;
    private volatile bool _known;

    public SampledGauge(string name, string description, string unit = "{item}") =>
        Meter.CreateObservableGauge(name, Observe, unit, description);

    public void Set(long value)
    {
        Interlocked.Exchange(ref _value, value);
        _known = true;
    }

    public void Forget() => _known = false;

    private IEnumerable<Measurement<long>> Observe() =>
        _known ? [new Measurement<long>(Interlocked.Read(ref _value))] : [];
}
