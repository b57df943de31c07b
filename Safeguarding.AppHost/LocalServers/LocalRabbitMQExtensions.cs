using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Safeguarding.AppHost.LocalServers;

public static class LocalRabbitMQExtensions
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    /// <summary>
    /// A RabbitMQ broker: the one named by <c>ConnectionStrings:&lt;name&gt;</c> when configured;
    /// otherwise a private node from the Debian package, configured entirely through its environment
    /// (node name, ports, data, cookie), on loopback only, with its own port mapper (epmd) run as a
    /// resource of its own so that nothing outlives the app host.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddMessagingServer(this IDistributedApplicationBuilder builder, string name)
    {
        if (builder.Configuration.GetConnectionString(name) is { Length: > 0 })
        {
            return builder.AddConnectionString(name);
        }

        if (!File.Exists(ServerScript))
        {
            throw new InvalidOperationException("RabbitMQ was not found: install the Debian package 'rabbitmq-server'.");
        }

        var data = DataFolder.Resolve(builder);
        var credentials = DevelopmentCredentials.LoadOrCreate(data);
        var root = Path.Combine(data, name);
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        foreach (var folder in new[] { root, Path.Combine(root, "home"), Path.Combine(root, "log") })
        {
            Directory.CreateDirectory(folder, ownerOnly);
        }

        var epmdPort = FreePort.Next();
        var epmd = builder.AddExecutable($"{name}-epmd", "/usr/bin/epmd", root)
            .WithEnvironment("ERL_EPMD_PORT", epmdPort.ToString())
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithHealthCheck(AddTcpCheck(builder, $"{name}-epmd-listens", epmdPort))
            .WithRestartOnExit();

        var server = new LocalRabbitMQServerResource(name, ServerScript, root, credentials.RabbitMqUser, credentials.RabbitMqPassword);
        var healthCheck = $"{name}-answers";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthCheck,
            _ => new RabbitMQHealthCheck(server), HealthStatus.Unhealthy, tags: null));

        var configuration = Path.Combine(root, "rabbitmq.conf");
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server, (_, _) =>
        {
            File.WriteAllText(Path.Combine(root, "enabled_plugins"), "[].\n");
            File.WriteAllText(Path.Combine(root, "rabbitmq-env.conf"), "");
            // default_user applies when the node's database is first created, which is when it is needed.
            // consumer_timeout (24 h, against 30 min by default): a consumer holds a message whose
            // handler waits for a server that is down, and must not have it taken back and counted
            // as a delivery while the outage lasts.
            DataFolder.WriteSecret(configuration, $"""
                loopback_users = none
                default_user = {credentials.RabbitMqUser}
                default_pass = {credentials.RabbitMqPassword}
                default_vhost = /
                disk_free_limit.absolute = 50MB
                consumer_timeout = 86400000
                log.console = true
                log.console.level = warning
                log.file = false
                """);
            return Task.CompletedTask;
        });

        var node = $"sg{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(root)))[..10]}@localhost";
        return builder.AddResource(server)
            .WithEndpoint(port: FreePort.Next(), name: LocalRabbitMQServerResource.EndpointName, scheme: "tcp", env: "RABBITMQ_NODE_PORT", isProxied: false)
            .WithEnvironment("RABBITMQ_NODENAME", node)
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_DIST_PORT", FreePort.Next().ToString())
            // The Erlang distribution port would otherwise listen on every interface. The VM never
            // starts a port mapper of its own (one started while the app host stops, say, would outlive
            // it): without the resource's, it exits and is started again once that one is back.
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1} -start_epmd false")
            .WithEnvironment("ERL_EPMD_PORT", epmdPort.ToString())
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(root, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(root, "log"))
            .WithEnvironment("RABBITMQ_LOGS", "-")
            .WithEnvironment("RABBITMQ_PID_FILE", Path.Combine(root, "rabbitmq.pid"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(root, "enabled_plugins"))
            .WithEnvironment("RABBITMQ_CONFIG_FILE", configuration)
            .WithEnvironment("RABBITMQ_CONF_ENV_FILE", Path.Combine(root, "rabbitmq-env.conf"))
            .WithEnvironment("HOME", Path.Combine(root, "home"))
            .WithHealthCheck(healthCheck)
            .WaitFor(epmd)
            .WithRestartOnExit();
    }

    private static string AddTcpCheck(IDistributedApplicationBuilder builder, string name, int port)
    {
        builder.Services.AddHealthChecks().AddAsyncCheck(name, async ct =>
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, port, ct);
                return HealthCheckResult.Healthy();
            }
            catch (System.Net.Sockets.SocketException ex)
            {
                return HealthCheckResult.Unhealthy($"Not listening: {ex.Message}");
            }
        });
        return name;
    }
}
