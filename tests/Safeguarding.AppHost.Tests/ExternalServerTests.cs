using System.Net.Http.Json;
using System.Text.Json;
using Safeguarding.AppHost.Hosting;
using Safeguarding.AppHost.Hosting.Testing;
using Safeguarding.Testing;

namespace Safeguarding.AppHost.Tests;

public sealed class ExternalServerTests(PostgresFixture postgres, RabbitMqFixture rabbitMq)
    : IClassFixture<PostgresFixture>, IClassFixture<RabbitMqFixture>
{
    [Fact]
    public async Task Configured_connection_strings_replace_the_embedded_servers()
    {
        await using var app = await DistributedApplicationTestingBuilder.StartAsync(AppModel.Declare, TimeSpan.FromMinutes(3), options =>
            options.Args =
            [
                $"--ConnectionStrings:postgres={postgres.Server.GetConnectionString("postgres")}",
                $"--ConnectionStrings:messaging={rabbitMq.ConnectionString}",
            ]);

        Assert.Equal("external", app.GetResource("postgres").State.Url);
        Assert.Equal("external", app.GetResource("messaging").State.Url);
        Assert.Equal(rabbitMq.ConnectionString, app.GetConnectionString("messaging"));
        Assert.Contains($"Port={postgres.Server.Port}", app.GetConnectionString("notificationdb"));
        Assert.False(Directory.Exists(Path.Combine(app.DataDirectory, "postgres")));

        using var gateway = app.CreateHttpClient("gateway");
        await DevelopmentTokens.AuthenticateAsync(gateway, "northshire-la-case-system");
        using var response = await gateway.PostAsJsonAsync("/api/notifications",
            SampleNotifications.Minimal(DateOnly.FromDateTime(DateTime.UtcNow)));
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await Eventually.TrueAsync(async () =>
            (await gateway.GetFromJsonAsync<JsonElement[]>($"/api/rapid-reviews?notificationId={id}"))!.Length == 1,
            TimeSpan.FromSeconds(30), "the rapid review on the external servers");
    }
}
