namespace Safeguarding.AppHost.Hosting.Servers;

/// <param name="DataDirectory">Folder for the cluster, its socket and its log; created if missing.</param>
/// <param name="Port">TCP port on 127.0.0.1; 0 picks a free one.</param>
public sealed record PostgresServerOptions(string DataDirectory, int Port, string UserName, string Password)
{
    /// <summary>Receives each line the server prints.</summary>
    public Action<string>? Output { get; init; }
}
