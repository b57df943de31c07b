using Microsoft.EntityFrameworkCore;
using Safeguarding.Publication.Api.Infrastructure;

namespace Safeguarding.Publication.Api.Feeds;

/// <summary>Pushes waiting to be delivered and pushes given up, as the dashboard shows them: an operator replays the second once a receiver is back.</summary>
internal sealed class FeedGauges : IGaugeSampler
{
    private static readonly SampledGauge Pending = new("safeguarding.feeds.pending", "Pushes to the national bodies not yet delivered", "{push}");

    private static readonly SampledGauge DeadLettered = new("safeguarding.feeds.dead_lettered",
        "Pushes to the national bodies given up until an operator replays them", "{push}");

    public async Task SampleAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var deliveries = services.GetRequiredService<PublicationDbContext>().FeedDeliveries;
        Pending.Set(await deliveries.LongCountAsync(d => d.Status == DeliveryStatus.Pending, cancellationToken));
        DeadLettered.Set(await deliveries.LongCountAsync(d => d.Status == DeliveryStatus.DeadLettered, cancellationToken));
    }

    public void Forget()
    {
        Pending.Forget();
        DeadLettered.Forget();
    }
}
