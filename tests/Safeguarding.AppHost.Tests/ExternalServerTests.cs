using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Safeguarding.Testing;

namespace Safeguarding.AppHost.Tests;

public sealed class ExternalServerTests(PostgresFixture postgres, RabbitMqFixture rabbitMq)
    : IClassFixture<PostgresFixture>, IClassFixture<RabbitMqFixture>
{
    [Fact]
    public async Task Configured_connection_strings_replace_the_local_servers()
    {
        var data = Path.Combine(Path.GetTempPath(), $"sg-ext-{Guid.NewGuid():N}"[..20]);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Safeguarding_AppHost>(
        [
            $"--AppHost:DataDirectory={data}", "--AppHost:RandomPorts=true", "--environment=Development",
            $"--ConnectionStrings:postgres={postgres.ConnectionString}",
            $"--ConnectionStrings:messaging={rabbitMq.ConnectionString}",
        ]);
        await using var app = await builder.WithQuietLogging().BuildAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await app.StartAsync(timeout.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);

        Assert.Equal(rabbitMq.ConnectionString, await app.GetConnectionStringAsync("messaging"));
        Assert.Contains($"Port={new Npgsql.NpgsqlConnectionStringBuilder(postgres.ConnectionString).Port}", await app.GetConnectionStringAsync("notificationdb"));
        Assert.False(Directory.Exists(Path.Combine(data, "postgres")));
        Assert.False(Directory.Exists(Path.Combine(data, "messaging")));

        using var gateway = app.CreateHttpClient("gateway");
        await DevelopmentTokens.AuthenticateAsync(gateway, "northshire-la-case-system");
        await Warm.UpAsync(gateway);
        using var response = await gateway.PostAsJsonAsync("/api/notifications",
            SampleNotifications.Minimal(DateOnly.FromDateTime(DateTime.UtcNow)));
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await Eventually.TrueAsync(async () =>
            (await gateway.GetFromJsonAsync<JsonElement>($"/api/rapid-reviews?notificationId={id}")).GetProperty("total").GetInt32() == 1,
            // Generous: the suite runs this beside the whole-system tests on two cores.
            TimeSpan.FromSeconds(90), "the rapid review on the external servers");
        await app.StopAsync();
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
