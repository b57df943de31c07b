namespace Safeguarding.AppHost.Hosting.Servers;

/// <param name="DataDirectory">Folder for the node's database, logs, configuration and Erlang cookie.</param>
/// <param name="Port">AMQP port on 127.0.0.1; 0 picks a free one.</param>
public sealed record RabbitMqServerOptions(string DataDirectory, int Port, string UserName, string Password)
{
    /// <summary>Receives each line the server prints.</summary>
    public Action<string>? Output { get; init; }
}
