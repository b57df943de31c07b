using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Safeguarding.ServiceDefaults.Scheduling;

/// <summary>
/// A job that runs a pass at once and then every <paramref name="interval"/>. A pass that fails is
/// logged (by the kind of failure: a pass may touch case data) and tried again at the next tick.
/// </summary>
public abstract class PeriodicJob(TimeSpan interval, ILogger logger) : BackgroundService
{
    /// <summary>What a pass does, for the log: "contribution requests", "actions".</summary>
    protected abstract string What { get; }

    /// <summary>One pass; how many things it chased (null or 0 when nothing was done).</summary>
    public abstract Task<int?> RunPassAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                if (await RunPassAsync(stoppingToken) is > 0 and var done)
                {
                    logger.LogInformation("Chased {Count} {What}", done, What);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("{What} could not be chased ({Error}); trying again at the next pass", What, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
