namespace Microsoft.Extensions.Hosting;

/// <summary>Counts what one or more <see cref="SampledGauge"/>s show, in a DI scope of its own.</summary>
public interface IGaugeSampler
{
    Task SampleAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Called when <see cref="SampleAsync"/> failed: the gauges stop showing a stale figure.</summary>
    void Forget();
}
