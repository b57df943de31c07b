namespace Safeguarding.AppHost.LocalServers;

/// <summary>
/// PostgreSQL from the Debian <c>postgresql</c> package, run by the orchestrator as an executable:
/// the same connection string an Aspire PostgreSQL container would give its dependants.
/// </summary>
public sealed class LocalPostgresServerResource(string name, string command, string workingDirectory, string userName, string password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    private EndpointReference? _endpoint;

    public EndpointReference PrimaryEndpoint => _endpoint ??= new(this, EndpointName);

    public string UserName { get; } = userName;

    internal string Password { get; } = password;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"Host=localhost;Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username={UserName};Password={Password}");
}
