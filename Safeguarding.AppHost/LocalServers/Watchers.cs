using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Safeguarding.AppHost.LocalServers;

/// <summary>Something that follows resource changes for the whole run.</summary>
public interface IResourceWatcher
{
    Task WatchAsync(CancellationToken stopping);
}

public static class Watchers
{
    /// <summary>
    /// Starts <typeparamref name="T"/> before any resource does. A hosted service would start only
    /// after the orchestrator has created every resource, missing the start and any early crash.
    /// </summary>
    public static IDistributedApplicationBuilder AddResourceWatcher<T>(this IDistributedApplicationBuilder builder)
        where T : class, IResourceWatcher
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(T)))
        {
            return builder;
        }

        builder.Services.TryAddSingleton<T>();
        builder.Eventing.Subscribe<BeforeStartEvent>((e, ct) =>
        {
            var stopping = e.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            var watcher = e.Services.GetRequiredService<T>();
            _ = Task.Run(() => watcher.WatchAsync(stopping));
            return Task.CompletedTask;
        });
        return builder;
    }
}
