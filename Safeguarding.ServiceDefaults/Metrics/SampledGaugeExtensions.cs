using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

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
