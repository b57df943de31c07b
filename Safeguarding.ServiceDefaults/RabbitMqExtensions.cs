using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The service's RabbitMQ connection through Aspire's RabbitMQ client integration (the AMQP URI from
/// <c>ConnectionStrings:&lt;name&gt;</c>, a health check, RabbitMQ.Client's traces), with what this
/// platform needs on top: the connection is opened on first use and retried for as long as the
/// broker is away, so that a service starts, and accepts work into its outbox, while the broker is
/// down; the client's automatic recovery then keeps it alive; and it is closed within a bound when
/// the service stops.
/// </summary>
public static class RabbitMqExtensions
{
    public static IHostApplicationBuilder AddMessagingClient(this IHostApplicationBuilder builder, string connectionName)
    {
        builder.AddRabbitMQClient(connectionName,
            settings =>
            {
                // Opened on first use, one attempt per ask: RabbitMqConnectionProvider retries without end.
                settings.DisableAutoActivation = true;
                settings.MaxConnectRetryCount = 0;
            },
            factory =>
            {
                factory.ClientProvidedName = builder.Environment.ApplicationName;
                factory.AutomaticRecoveryEnabled = true;
                factory.TopologyRecoveryEnabled = true;
                factory.NetworkRecoveryInterval = TimeSpan.FromSeconds(2);
            });
        builder.Services.AddSingleton<RabbitMqConnectionProvider>();
        // Registered before the event bus's workers, so stopped after them: the connection closes last.
        builder.Services.AddHostedService(sp => new RabbitMqConnectionCloser(sp.GetRequiredService<RabbitMqConnectionProvider>()));
        return builder;
    }

    private sealed class RabbitMqConnectionCloser(RabbitMqConnectionProvider provider) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => provider.CloseAsync();
    }
}
