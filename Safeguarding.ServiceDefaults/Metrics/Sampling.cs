using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

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

/// <summary>Counts what one or more <see cref="SampledGauge"/>s show, in a DI scope of its own.</summary>
public interface IGaugeSampler
{
    Task SampleAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Called when <see cref="SampleAsync"/> failed: the gauges stop showing a stale figure.</summary>
    void Forget();
}

public static class SampledGaugeExtensions
{
    /// <summary>Samples <typeparamref name="TSampler"/> every ten seconds while the service runs.</summary>
    public static IServiceCollection AddGaugeSampler<TSampler>(this IServiceCollection services) where TSampler : class, IGaugeSampler
    {
        services.AddSingleton<IGaugeSampler, TSampler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, GaugeSampling>());
        return services;
    }

    private sealed class GaugeSampling(IEnumerable<IGaugeSampler> samplers, IServiceScopeFactory scopes, ILogger<GaugeSampling> logger)
        : BackgroundService
    {
        private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(Interval);
            do
            {
                foreach (var sampler in samplers)
                {
                    try
                    {
                        await using var scope = scopes.CreateAsyncScope();
                        await sampler.SampleAsync(scope.ServiceProvider, stoppingToken);
                    }
                    catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception ex)
                    {
                        // A server that is down: the figure is unknown until it is back.
                        sampler.Forget();
                        logger.LogDebug("{Sampler} could not count ({Error})", sampler.GetType().Name, ex.GetType().Name);
                    }
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
    }
}
