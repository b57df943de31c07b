using System.Diagnostics;
using Npgsql;

namespace Safeguarding.AppHost.Hosting.Servers;

/// <summary>
/// A private PostgreSQL server from the Debian <c>postgresql</c> package, run as a child process:
/// <c>initdb</c> on first start, then <c>postgres</c> on 127.0.0.1. When the current user is root the
/// server runs as the <c>postgres</c> user, which owns the data folder.
/// </summary>
public sealed class PostgresServer(PostgresServerOptions options) : IAsyncDisposable
{
    private readonly string _root = Path.GetFullPath(options.DataDirectory);
    private Process? _process;

    public int Port { get; private set; } = options.Port;

    private string ClusterDirectory => Path.Combine(_root, "data");
    private string SocketDirectory => Path.Combine(_root, "run");
    private string Owner => _root;

    public static string BinDirectory
    {
        get
        {
            var candidates = Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal)
                : Enumerable.Empty<string>();
            return candidates.Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "postgres")))
                ?? throw new InvalidOperationException("PostgreSQL server binaries were not found under /usr/lib/postgresql: install the Debian package 'postgresql'.");
        }
    }

    public Process? Process => _process;

    public string GetConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "localhost",
            Port = Port,
            Username = options.UserName,
            Password = options.Password,
            Database = database,
        }.ConnectionString;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        Directory.CreateDirectory(SocketDirectory);
        LetPostgresReach(_root);
        await CleanUpPreviousRunAsync();

        if (!File.Exists(Path.Combine(ClusterDirectory, "PG_VERSION")))
        {
            await InitializeClusterAsync(cancellationToken);
        }

        ChownForPostgres(SocketDirectory);
        if (Port == 0)
        {
            Port = ProcessTools.FindFreePort();
        }

        var (file, args) = ProcessTools.AsPostgresUser(Path.Combine(BinDirectory, "postgres"),
        [
            "-D", ClusterDirectory, "-p", Port.ToString(), "-k", SocketDirectory,
            "-c", "listen_addresses=127.0.0.1",
            "-c", "max_connections=300",
        ]);
        _process = ProcessTools.Start(file, args, Owner, workingDirectory: _root, output: options.Output);
        _process.StandardInput.Close();
        await WaitUntilAcceptingAsync(cancellationToken);
    }

    public Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken) =>
        EnsureDatabaseAsync(GetConnectionString("postgres"), database, cancellationToken);

    /// <summary>Creates <paramref name="database"/> on the server if it does not exist yet.</summary>
    public static async Task EnsureDatabaseAsync(string serverConnectionString, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        var quoted = "\"" + database.Replace("\"", "\"\"") + "\"";
        await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Created by a concurrent caller: the outcome we wanted.
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_process is { HasExited: false } process)
        {
            // Fast shutdown: SIGINT to the postmaster (our child may be runuser, so use the pid file).
            var postmaster = ReadPostmasterPid() ?? process.Id;
            ProcessTools.Signal(postmaster, ProcessTools.SigInt);
            if (!await ProcessTools.WaitForExitAsync(process, TimeSpan.FromSeconds(20)))
            {
                ProcessTools.Signal(postmaster, ProcessTools.SigQuit);
                await ProcessTools.WaitForExitAsync(process, TimeSpan.FromSeconds(5));
            }
        }

        await ProcessTools.KillOwnedProcessesAsync(Owner, TimeSpan.FromSeconds(5));
        _process?.Dispose();
        _process = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task CleanUpPreviousRunAsync()
    {
        // A hard-killed earlier run may have left a postmaster (and its back-ends) running.
        var killed = await ProcessTools.KillOwnedProcessesAsync(Owner, TimeSpan.FromSeconds(10));
        if (killed > 0)
        {
            options.Output?.Invoke($"Stopped {killed} PostgreSQL process(es) left by an earlier run.");
        }

        var pidFile = Path.Combine(ClusterDirectory, "postmaster.pid");
        if (File.Exists(pidFile) && ReadPostmasterPid() is { } pid && !ProcessTools.IsAlive(pid))
        {
            File.Delete(pidFile);
        }
    }

    private int? ReadPostmasterPid()
    {
        try
        {
            var first = File.ReadLines(Path.Combine(ClusterDirectory, "postmaster.pid")).FirstOrDefault();
            return int.TryParse(first, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private async Task InitializeClusterAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(ClusterDirectory))
        {
            Directory.Delete(ClusterDirectory, recursive: true);
        }

        Directory.CreateDirectory(ClusterDirectory);
        var passwordFile = Path.Combine(_root, "initdb.pw");
        await File.WriteAllTextAsync(passwordFile, options.Password, cancellationToken);
        ChownForPostgres(_root);
        try
        {
            var (file, args) = ProcessTools.AsPostgresUser(Path.Combine(BinDirectory, "initdb"),
            [
                "-D", ClusterDirectory, "-U", options.UserName, "--pwfile", passwordFile,
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
            ]);
            var (exitCode, output) = await ProcessTools.RunAsync(file, args, Owner, workingDirectory: _root, cancellationToken: cancellationToken);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"initdb failed with exit code {exitCode}: {output}");
            }
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    /// <summary>
    /// The server runs as the postgres user, which must be able to pass through every folder above
    /// its data (a clone under a private temporary folder is not passable). Only the traverse bit is
    /// added, never read: nothing in those folders becomes listable.
    /// </summary>
    private void LetPostgresReach(string path)
    {
        if (!ProcessTools.IsRoot || OperatingSystem.IsWindows())
        {
            return;
        }

        for (var dir = Directory.GetParent(path); dir is not null; dir = dir.Parent)
        {
            var mode = File.GetUnixFileMode(dir.FullName);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                File.SetUnixFileMode(dir.FullName, mode | UnixFileMode.OtherExecute);
                options.Output?.Invoke($"Allowed the postgres user to pass through {dir.FullName} (o+x).");
            }
        }
    }

    private static void ChownForPostgres(string path)
    {
        if (!ProcessTools.IsRoot)
        {
            return;
        }

        using var chown = Process.Start("chown", ["-R", "postgres:postgres", path]);
        chown.WaitForExit();
        if (chown.ExitCode != 0)
        {
            throw new InvalidOperationException($"Could not give '{path}' to the postgres user.");
        }
    }

    private async Task WaitUntilAcceptingAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (_process is { HasExited: true } exited)
            {
                throw new InvalidOperationException($"PostgreSQL exited during start-up with code {exited.ExitCode}.");
            }

            try
            {
                await using var connection = new NpgsqlConnection(GetConnectionString("postgres") + ";Timeout=2;Pooling=false");
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }
}
