namespace Safeguarding.AppHost.LocalServers;

/// <summary>
/// A service's database on a PostgreSQL server (local or external), with its two roles: the
/// connection string is the app role's (rows only), and <see cref="MigrationConnectionString"/> the
/// owner's. Both are known once the database and roles exist.
/// </summary>
public sealed class LocalPostgresDatabaseResource(string name, IResourceWithConnectionString server)
    : Resource(name), IResourceWithConnectionString, IResourceWithWaitSupport
{
    // Not IResourceWithParent: the orchestrator would then copy the server's state onto the database,
    // which is ready only once it and its roles exist.
    public IResourceWithConnectionString Server { get; } = server;

    internal PendingValue AppConnection { get; } = new($"{name} app connection");

    public PendingValue MigrationConnectionString { get; } = new($"{name} owner connection");

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{AppConnection}");
}
