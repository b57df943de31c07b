using Microsoft.Extensions.DependencyInjection;
using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Safeguarding.Testing;

/// <summary>Everything the resources print on their consoles during a run, as the dashboard shows it.</summary>
public sealed class ResourceConsole
{
    private readonly ConcurrentQueue<string> _lines = new();

    public static ResourceConsole Follow(DistributedApplication app, CancellationToken stopping)
    {
        var console = new ResourceConsole();
        var logs = app.Services.GetRequiredService<ResourceLoggerService>();
        foreach (var resource in app.Services.GetRequiredService<DistributedApplicationModel>().Resources)
        {
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await foreach (var batch in logs.WatchAsync(resource).WithCancellation(stopping))
                        {
                            foreach (var line in batch)
                            {
                                console._lines.Enqueue($"{resource.Name} | {line.Content}");
                            }

                            while (console._lines.Count > 50_000 && console._lines.TryDequeue(out _))
                            {
                            }
                        }
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }, CancellationToken.None);
        }

        return console;
    }

    public string Text => string.Join('\n', _lines);
}
