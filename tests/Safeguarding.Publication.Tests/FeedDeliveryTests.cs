using Safeguarding.Publication.Api.Feeds;
using Safeguarding.ServiceDefaults.Domain;

namespace Safeguarding.Publication.Tests;

/// <summary>Retries with backoff and jitter, the dead letter, replay; cursors and endpoints.</summary>
public sealed class FeedDeliveryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly RetrySchedule Schedule = new() { FirstDelay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromMinutes(10), MaxAttempts = 6 };

    private static FeedDelivery Delivery() => FeedDelivery.For(
        new FeedItem { Id = Guid.NewGuid(), Recipient = "national-panel", Type = FeedTypes.NotificationMade, Subject = "s", Partnership = "p", Data = "{}" },
        new FeedSubscription { Id = Guid.NewGuid(), Recipient = "national-panel", Endpoint = "https://panel.example/hooks", Secret = FeedSecrets.New(), CreatedBy = "o" }, Now);

    [Fact]
    public void The_delay_doubles_up_to_its_cap_and_each_is_drawn_between_half_and_all_of_it()
    {
        Assert.Equal(TimeSpan.FromSeconds(2.5), Schedule.DelayAfter(1, 0));
        Assert.Equal(5, Schedule.DelayAfter(1, 0.999999).TotalSeconds, 2);
        Assert.Equal(10, Schedule.DelayAfter(3, 0).TotalSeconds, 2);
        Assert.Equal(20, Schedule.DelayAfter(3, 0.999999).TotalSeconds, 2);
        Assert.Equal(600, Schedule.DelayAfter(40, 0.999999).TotalSeconds, 2);
    }

    [Fact]
    public void Five_failures_then_an_answer_deliver_once_with_six_attempts_recorded()
    {
        var delivery = Delivery();
        for (var i = 0; i < 5; i++)
        {
            var before = delivery.NextAttemptAt;
            delivery.Failed(Now.AddMinutes(i), 503, "HTTP 503", 12, Schedule, 0.5);
            Assert.Equal(DeliveryStatus.Pending, delivery.Status);
            Assert.True(delivery.NextAttemptAt > before);
        }

        delivery.Succeeded(Now.AddMinutes(6), 204, 8);
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal([1, 2, 3, 4, 5, 6], delivery.Attempts.Select(a => a.Number));
        Assert.Equal([503, 503, 503, 503, 503, 204], delivery.Attempts.Select(a => a.StatusCode));
        Assert.Equal(Now.AddMinutes(6), delivery.DeliveredAt);
    }

    [Fact]
    public void After_the_last_attempt_the_delivery_is_dead_lettered_and_a_replay_gives_it_a_fresh_schedule()
    {
        var delivery = Delivery();
        Assert.Throws<StepNotAllowedException>(() => delivery.Replay(Now, null));
        for (var i = 0; i < Schedule.MaxAttempts; i++)
        {
            delivery.Failed(Now, null, "connection refused", 1, Schedule, 0.5);
        }

        Assert.Equal(DeliveryStatus.DeadLettered, delivery.Status);
        var replacement = Guid.NewGuid();
        delivery.Replay(Now.AddHours(1), replacement);
        Assert.Equal(replacement, delivery.SubscriptionId);
        Assert.Equal((DeliveryStatus.Pending, Now.AddHours(1)), (delivery.Status, delivery.NextAttemptAt));
        delivery.Failed(Now.AddHours(1), 500, "HTTP 500", 1, Schedule, 0.5);
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal(Schedule.MaxAttempts + 1, delivery.Attempts.Count);
    }

    [Theory]
    [InlineData("", true, 0UL, 0L)]
    [InlineData("1234-56", true, 1234UL, 56L)]
    [InlineData("1234", false, 0UL, 0L)]
    [InlineData("-1-2", false, 0UL, 0L)]
    [InlineData("12-x", false, 0UL, 0L)]
    [InlineData("99999999999999999999999-1", false, 0UL, 0L)]
    public void A_cursor_is_a_transaction_and_a_sequence(string text, bool valid, ulong transaction, long sequence)
    {
        Assert.Equal(valid, FeedCursor.TryParse(text, out var cursor));
        Assert.Equal(new FeedCursor(transaction, sequence), cursor);
        Assert.True(new FeedCursor(2, 1).IsAfter(new FeedCursor(1, 9)) && new FeedCursor(2, 2).IsAfter(new FeedCursor(2, 1)) && !new FeedCursor(2, 1).IsAfter(new FeedCursor(2, 1)));
    }

    [Theory]
    [InlineData("https://panel.example.gov.uk/hooks", false, true)]
    [InlineData("http://panel.example.gov.uk/hooks", false, false)]
    [InlineData("https://localhost/hooks", false, false)]
    [InlineData("https://10.1.2.3/hooks", false, false)]
    [InlineData("https://192.168.0.4/hooks", false, false)]
    [InlineData("https://publication/hooks", false, false)]
    [InlineData("https://[fd00::1]/hooks", false, false)]
    [InlineData("https://100.64.1.1/hooks", false, false)]
    [InlineData("https://notification.default.svc/hooks", false, false)]
    [InlineData("https://8.8.8.8/hooks", false, true)]
    [InlineData("https://user:pw@panel.example.gov.uk/", false, false)]
    [InlineData("ftp://panel.example.gov.uk/", true, false)]
    [InlineData("http://localhost:5123/webhooks/national-panel", true, true)]
    [InlineData("not a url", true, false)]
    public void Pushes_go_over_https_to_a_public_host_unless_the_deployment_allows_a_local_stand_in(string endpoint, bool allowInsecure, bool acceptable) =>
        Assert.Equal(acceptable, FeedEndpoints.Acceptable(endpoint, allowInsecure));

    [Fact]
    public void A_new_secret_is_a_standard_webhooks_secret_and_malformed_ones_are_refused()
    {
        Assert.True(FeedSecrets.Valid(FeedSecrets.New()));
        Assert.False(FeedSecrets.Valid("whsec_" + Convert.ToBase64String(new byte[8])));
        Assert.False(FeedSecrets.Valid("secret"));
        Assert.False(FeedSecrets.Valid("whsec_!!!"));
    }
}
