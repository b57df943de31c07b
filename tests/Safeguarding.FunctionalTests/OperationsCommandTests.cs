using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using Safeguarding.AppHost;

namespace Safeguarding.FunctionalTests;

/// <summary>What an operator does from the Aspire dashboard.</summary>
[Collection(SystemCollection.Name)]
public sealed class OperationsCommandTests(SystemFixture system)
{
    [Fact]
    public async Task Replay_dead_letters_on_the_dashboard_puts_a_services_dead_letters_back_on_its_queue()
    {
        // A message rapid-review cannot read is dead-lettered at once.
        var messageId = $"unreadable-{Guid.NewGuid():N}";
        var factory = new ConnectionFactory { Uri = new Uri((await system.App.GetConnectionStringAsync("messaging"))!) };
        await using (var connection = await factory.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true)))
        {
            await channel.BasicPublishAsync("", "rapid-review", mandatory: true,
                new BasicProperties { MessageId = messageId, Persistent = true }, Encoding.UTF8.GetBytes("not an event"));
        }

        using var operatorConsole = await system.ClientAsync("operator-console");
        using var rapidReview = system.App.CreateHttpClient("rapid-review", "http");
        rapidReview.DefaultRequestHeaders.Authorization = operatorConsole.DefaultRequestHeaders.Authorization;
        var first = await Testing.Eventually.GetAsync(() => DeadLetterAsync(rapidReview, messageId), TimeSpan.FromSeconds(30), "the message to be dead-lettered");
        Assert.Equal(1, first!.Value.GetProperty("deliveryCount").GetInt64());

        var result = await system.App.ResourceCommands.ExecuteCommandAsync("rapid-review", DeadLetterReplay.CommandName);
        Assert.True(result.Success, result.Message);
        // Other tests leave dead letters of their own behind: ours is one of those moved.
        var moved = System.Text.RegularExpressions.Regex.Match(result.Message ?? "", @"^(\d+) dead-lettered event\(s\) moved back onto the queue\.$");
        Assert.True(moved.Success, result.Message);
        Assert.InRange(int.Parse(moved.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 1000);

        // Back on the queue, still unreadable, and so dead-lettered a second time.
        await Testing.Eventually.TrueAsync(async () => (await DeadLetterAsync(rapidReview, messageId))?.GetProperty("deliveryCount").GetInt64() == 2,
            TimeSpan.FromSeconds(30), "the replayed message to come back");
    }

    private static async Task<JsonElement?> DeadLetterAsync(HttpClient service, string messageId)
    {
        var letters = await service.GetFromJsonAsync<JsonElement[]>("/admin/dead-letters");
        return letters!.Cast<JsonElement?>().FirstOrDefault(l => l!.Value.GetProperty("messageId").GetString() == messageId);
    }
}
