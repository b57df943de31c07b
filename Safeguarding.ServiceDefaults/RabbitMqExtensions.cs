using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// A RabbitMQ connection shaped like Aspire's RabbitMQ client integration: the AMQP URI comes from
/// <c>ConnectionStrings:&lt;name&gt;</c>, with a health check, the RabbitMQ.Client trace sources and
/// connect retries with backoff. The connection is opened lazily so that a service can start, and
/// accept work into its outbox, while the broker is still down.
/// </summary>
public static class RabbitMqExtensions
{
    public static TBuilder AddRabbitMQClient<TBuilder>(this TBuilder builder, string connectionName)
        where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetRequiredConnectionString(connectionName);
        builder.Services.AddSingleton(sp => new RabbitMqConnectionProvider(
            new ConnectionFactory
            {
                Uri = new Uri(connectionString),
                ClientProvidedName = builder.Environment.ApplicationName,
                AutomaticRecoveryEnabled = true,
                TopologyRecoveryEnabled = true,
                NetworkRecoveryInterval = TimeSpan.FromSeconds(2),
            },
            sp.GetRequiredService<ILogger<RabbitMqConnectionProvider>>()));
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            $"rabbitmq-{connectionName}",
            sp => new RabbitMqHealthCheck(sp.GetRequiredService<RabbitMqConnectionProvider>()),
            HealthStatus.Unhealthy,
            ["ready"]));
        return builder;
    }

    private sealed class RabbitMqHealthCheck(RabbitMqConnectionProvider provider) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            try
            {
                var connection = await provider.GetConnectionAsync(timeout.Token);
                return connection.IsOpen
                    ? HealthCheckResult.Healthy()
                    : new HealthCheckResult(context.Registration.FailureStatus, "RabbitMQ connection is recovering.");
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "RabbitMQ is not reachable.");
            }
        }
    }
}
