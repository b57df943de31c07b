namespace Safeguarding.FunctionalTests;

/// <summary>The figures an operator watches on the dashboard's metrics page.</summary>
[Collection(SystemCollection.Name)]
public sealed class MetricsTests(SystemFixture system)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task Notifications_accepted_outbox_backlog_dead_letters_and_rapid_reviews_open_and_overdue_are_reported()
    {
        var acceptedBefore = system.Telemetry.Store.Metric("notification", "safeguarding.notifications.accepted")?.Value ?? 0;
        var notification = await Notifications.NotifyAsync(system.Gateway, Notifications.Valid());
        var id = notification.GetProperty("id").GetString()!;
        await Eventually.GetAsync(async () =>
        {
            var found = await Notifications.RapidReviewsForAsync(system.Gateway, id);
            return found.Length > 0 ? found : null;
        }, Patience, "the rapid review");

        await Eventually.TrueAsync(() => Task.FromResult(
                system.Telemetry.Store.Metric("notification", "safeguarding.notifications.accepted")?.Value >= acceptedBefore + 1),
            Patience, "the accepted notification to be counted");
        // Sampled every ten seconds: the review just opened is among those under way; overdue ones
        // are a part of those (earlier tests leave reviews of their own behind).
        var open = await Eventually.GetAsync(() => Task.FromResult(
                system.Telemetry.Store.Metric("rapid-review", "safeguarding.rapid_reviews.open") is { Value: >= 1 } point ? point : null),
            Patience, "rapid reviews open to be reported");
        var overdue = await Eventually.GetAsync(() => Task.FromResult(system.Telemetry.Store.Metric("rapid-review", "safeguarding.rapid_reviews.overdue")),
            Patience, "rapid reviews overdue to be reported");
        Assert.InRange(overdue.Value, 0, open.Value);

        foreach (var service in new[] { "notification", "rapid-review" })
        {
            var backlog = await Eventually.GetAsync(() => Task.FromResult(system.Telemetry.Store.Metric(service, "safeguarding.messaging.outbox.backlog")),
                Patience, $"the outbox backlog of {service}");
            Assert.True(backlog.Value >= 0);
            var deadLetters = await Eventually.GetAsync(() => Task.FromResult(system.Telemetry.Store.Metric(service, "safeguarding.messaging.dead_letters")),
                Patience, $"the dead letters of {service}");
            Assert.True(deadLetters.Value >= 0);
        }
    }
}
