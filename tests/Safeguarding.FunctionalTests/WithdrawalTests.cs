using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using RabbitMQ.Client;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// A notification withdrawn at any stage closes its rapid review: after the chair's decision, and
/// when the withdrawal reaches the rapid-review service before the notification itself.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class WithdrawalTests(SystemFixture system)
{
    private const string Reason = "The strategy meeting found the injury accidental; no abuse or neglect is suspected.";

    [Fact]
    public async Task A_notification_withdrawn_after_the_chairs_decision_closes_its_rapid_review()
    {
        var id = (await Notifications.NotifyAsync(system.Gateway, Notifications.Valid())).GetProperty("id").GetString()!;
        var reviewId = (await ReviewAsync(id, "open")).GetProperty("id").GetString();
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var chair = await system.ClientAsync("northshire-chair");
        (await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{reviewId}/meeting", new
        {
            heldOn = "2026-12-23", attendance = new { localAuthority = true, police = true, health = true },
        })).EnsureSuccessStatusCode();
        (await businessUnit.PostAsJsonAsync($"/api/rapid-reviews/{reviewId}/recommendation", new
        {
            facts = "f", learningIdentified = "l", immediateActions = "i", recommendedOutcome = "no-further-action", rationale = "r",
        })).EnsureSuccessStatusCode();
        (await chair.PostAsJsonAsync($"/api/rapid-reviews/{reviewId}/decision", new { outcome = "no-further-action", rationale = "r" }))
            .EnsureSuccessStatusCode();

        (await system.Gateway.PostAsJsonAsync($"/api/notifications/{id}/withdrawal", new { reason = Reason })).EnsureSuccessStatusCode();

        var closed = await ReviewAsync(id, "closed");
        Assert.Equal("notification-withdrawn", closed.GetProperty("closedBecause").GetString());
        Assert.Equal("no-further-action", closed.GetProperty("decidedOutcome").GetString());
    }

    [Fact]
    public async Task A_withdrawal_that_overtakes_its_notification_is_kept_not_dead_lettered()
    {
        var overtaking = Guid.NewGuid();
        await PublishWithdrawalAsync(overtaking);

        await using var db = new NpgsqlConnection(await system.App.GetConnectionStringAsync("rapidreviewdb"));
        await db.OpenAsync();
        await Eventually.TrueAsync(async () => await WithdrawnOnAsync(db, overtaking) == new DateOnly(2026, 12, 23),
            TimeSpan.FromSeconds(30), "the withdrawal to be remembered");
    }

    [Fact]
    public async Task A_notification_whose_withdrawal_arrived_first_opens_its_rapid_review_closed()
    {
        // The order the broker delivered them in is staged: the notification's first rapid review is
        // removed, the withdrawal is on record, and the notification's event arrives (again).
        var id = (await Notifications.NotifyAsync(system.Gateway, Notifications.Valid())).GetProperty("id").GetString()!;
        await ReviewAsync(id, "open");
        await using (var db = new NpgsqlConnection(await system.App.GetConnectionStringAsync("rapidreviewdb")))
        {
            await db.OpenAsync();
            await using var stage = new NpgsqlCommand("""
                DELETE FROM rapid_reviews WHERE notification_id = @id;
                INSERT INTO withdrawn_notifications (notification_id, withdrawn_on) VALUES (@id, DATE '2026-12-23');
                """, db);
            stage.Parameters.AddWithValue("id", Guid.Parse(id));
            await stage.ExecuteNonQueryAsync();
        }

        await PublishAsync("safeguarding.notification.serious-incident-notified.v1", Guid.Parse(id),
            new { notificationId = Guid.Parse(id), notifiedOn = "2026-12-23", referralId = Guid.NewGuid(), retrospective = false });

        var review = await ReviewAsync(id, "closed");
        Assert.Equal("notification-withdrawn", review.GetProperty("closedBecause").GetString());
        Assert.Equal("2026-12-23", review.GetProperty("closedOn").GetString());
    }

    private async Task<JsonElement> ReviewAsync(string notificationId, string status) =>
        (await Eventually.GetAsync(async () =>
            (await Notifications.RapidReviewsForAsync(system.Gateway, notificationId)).SingleOrDefault() is { ValueKind: JsonValueKind.Object } found
            && found.GetProperty("status").GetString() == status ? (JsonElement?)found : null,
            TimeSpan.FromSeconds(60), $"the rapid review to be {status}"))!.Value;

    private Task PublishWithdrawalAsync(Guid notificationId) =>
        PublishAsync("safeguarding.notification.notification-withdrawn.v1", notificationId, new { notificationId, withdrawnOn = "2026-12-23" });

    private async Task PublishAsync(string type, Guid notificationId, object data)
    {
        var factory = new ConnectionFactory { Uri = new Uri((await system.App.GetConnectionStringAsync("messaging"))!) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        var body = JsonSerializer.Serialize(new
        {
            specversion = "1.0", id = Guid.NewGuid().ToString(), source = "/notification", subject = notificationId.ToString(),
            type, datacontenttype = "application/json", time = DateTimeOffset.UtcNow, data,
        });
        await channel.BasicPublishAsync("", "rapid-review", mandatory: true,
            new BasicProperties { MessageId = Guid.NewGuid().ToString(), Persistent = true, ContentType = "application/cloudevents+json" },
            Encoding.UTF8.GetBytes(body));
    }

    private static async Task<DateOnly?> WithdrawnOnAsync(NpgsqlConnection db, Guid notificationId)
    {
        await using var command = new NpgsqlCommand("SELECT withdrawn_on FROM withdrawn_notifications WHERE notification_id = @id", db);
        command.Parameters.AddWithValue("id", notificationId);
        return await command.ExecuteScalarAsync() is DateOnly on ? on : null;
    }
}
