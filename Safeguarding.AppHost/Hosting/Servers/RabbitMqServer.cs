using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Safeguarding.AppHost.Hosting.Servers;

/// <summary>
/// A private RabbitMQ node from the Debian <c>rabbitmq-server</c> package, run as a child process and
/// configured entirely through its environment: its own node name, ports, data folder, Erlang cookie
/// and a private epmd, so that nothing is shared with a system broker and nothing outlives it.
/// </summary>
public sealed class RabbitMqServer(RabbitMqServerOptions options) : IAsyncDisposable
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private readonly string _root = Path.GetFullPath(options.DataDirectory);
    private readonly string _nodeName = $"sg{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(options.DataDirectory))))[..10]}@localhost";
    private Process? _process;
    private int _distributionPort;
    private int _epmdPort;

    public int Port { get; private set; } = options.Port;

    public string ConnectionString =>
        $"amqp://{Uri.EscapeDataString(options.UserName)}:{Uri.EscapeDataString(options.Password)}@localhost:{Port}";

    public Process? Process => _process;

    private string Owner => _root;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(ServerScript))
        {
            throw new InvalidOperationException("RabbitMQ was not found: install the Debian package 'rabbitmq-server'.");
        }

        Directory.CreateDirectory(_root);
        var killed = await ProcessTools.KillOwnedProcessesAsync(Owner, TimeSpan.FromSeconds(10));
        if (killed > 0)
        {
            options.Output?.Invoke($"Stopped {killed} RabbitMQ process(es) left by an earlier run.");
        }

        if (Port == 0)
        {
            Port = ProcessTools.FindFreePort();
        }

        _distributionPort = ProcessTools.FindFreePort();
        _epmdPort = ProcessTools.FindFreePort();
        await WriteConfigurationAsync(cancellationToken);

        _process = ProcessTools.Start(ServerScript, [], Owner, Environment(), _root, options.Output);
        _process.StandardInput.Close();
        await WaitUntilAcceptingAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_process is { HasExited: false } process)
        {
            // The start script turns SIGTERM into an orderly 'rabbitmqctl stop'.
            ProcessTools.Signal(process.Id, ProcessTools.SigTerm);
            await ProcessTools.WaitForExitAsync(process, TimeSpan.FromSeconds(30));
        }

        // epmd (and any helper the VM started) carries our marker: end them too.
        await ProcessTools.KillOwnedProcessesAsync(Owner, TimeSpan.FromSeconds(5));
        _process?.Dispose();
        _process = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private Dictionary<string, string?> Environment() => new()
    {
        ["RABBITMQ_NODENAME"] = _nodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Port.ToString(),
        ["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(),
        ["ERL_EPMD_PORT"] = _epmdPort.ToString(),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_root, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(_root, "log"),
        ["RABBITMQ_LOGS"] = "-",
        ["RABBITMQ_PID_FILE"] = Path.Combine(_root, "rabbitmq.pid"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_root, "enabled_plugins"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_root, "rabbitmq.conf"),
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(_root, "rabbitmq-env.conf"),
        ["HOME"] = Path.Combine(_root, "home"),
    };

    private async Task WriteConfigurationAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(_root, "home"));
        Directory.CreateDirectory(Path.Combine(_root, "log"));
        await File.WriteAllTextAsync(Path.Combine(_root, "enabled_plugins"), "[].\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_root, "rabbitmq-env.conf"), "", cancellationToken);
        // default_user applies when the node's database is first created, which is when we need it.
        await File.WriteAllTextAsync(Path.Combine(_root, "rabbitmq.conf"), $"""
            loopback_users = none
            default_user = {options.UserName}
            default_pass = {options.Password}
            default_vhost = /
            disk_free_limit.absolute = 50MB
            log.console = true
            log.console.level = warning
            log.file = false
            """, cancellationToken);
    }

    private async Task WaitUntilAcceptingAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(ConnectionString), RequestedConnectionTimeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (true)
        {
            if (_process is { HasExited: true } exited)
            {
                throw new InvalidOperationException($"RabbitMQ exited during start-up with code {exited.ExitCode}.");
            }

            try
            {
                // An open port is not yet a broker: only a real AMQP connection proves it is ready.
                await using var connection = await factory.CreateConnectionAsync(cancellationToken);
                return;
            }
            catch (BrokerUnreachableException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, cancellationToken);
            }
        }
    }
}
