namespace Safeguarding.AppHost.LocalServers;

/// <summary>
/// RabbitMQ from the Debian <c>rabbitmq-server</c> package, run by the orchestrator as an executable:
/// the same AMQP URI an Aspire RabbitMQ container would give its dependants.
/// </summary>
public sealed class LocalRabbitMQServerResource(string name, string command, string workingDirectory, string userName, string password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    private EndpointReference? _endpoint;

    public EndpointReference PrimaryEndpoint => _endpoint ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://{Uri.EscapeDataString(userName)}:{Uri.EscapeDataString(password)}@localhost:{PrimaryEndpoint.Property(EndpointProperty.Port)}");
}
