using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Safeguarding.AppHost.LocalServers;

/// <summary>An open port is not yet a broker: healthy only when an AMQP connection succeeds.</summary>
internal sealed class RabbitMQHealthCheck(LocalRabbitMQServerResource resource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var uri = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken);
            var factory = new ConnectionFactory { Uri = new Uri(uri!), RequestedConnectionTimeout = TimeSpan.FromSeconds(2) };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (BrokerUnreachableException ex)
        {
            return HealthCheckResult.Unhealthy($"RabbitMQ does not accept AMQP connections: {ex.InnerException?.Message ?? ex.Message}");
        }
    }
}
