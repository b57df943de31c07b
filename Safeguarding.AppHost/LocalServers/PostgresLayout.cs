using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Safeguarding.AppHost.LocalServers;

/// <summary>
/// A local server's folder: <c>data/</c> (the cluster) and <c>run/</c> (its socket, 0700). When the
/// app host runs as root the server runs as the postgres user, which owns both.
/// </summary>
internal sealed class PostgresLayout(string root, DevelopmentCredentials credentials)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public string Root { get; } = root;

    public string Cluster => Path.Combine(Root, "data");

    public string Sockets => Path.Combine(Root, "run");

    public void CreateFolders()
    {
        Directory.CreateDirectory(Root, OwnerOnly);
        Directory.CreateDirectory(Sockets, OwnerOnly);
    }

    /// <summary>Runs before every start: idempotent.</summary>
    public async Task PrepareAsync(ILogger logger, CancellationToken cancellationToken)
    {
        CreateFolders();
        LetPostgresReach(logger);
        await ChownForPostgresAsync(Sockets, cancellationToken);
        if (!File.Exists(Path.Combine(Cluster, "PG_VERSION")))
        {
            await InitializeClusterAsync(logger, cancellationToken);
        }

        RemoveStaleLock(logger);
    }

    private async Task InitializeClusterAsync(ILogger logger, CancellationToken cancellationToken)
    {
        if (Directory.Exists(Cluster))
        {
            Directory.Delete(Cluster, recursive: true);
        }

        Directory.CreateDirectory(Cluster, OwnerOnly);
        var passwordFile = Path.Combine(Root, "initdb.pw");
        DataFolder.WriteSecret(passwordFile, credentials.PostgresPassword);
        await ChownForPostgresAsync(Root, cancellationToken);
        try
        {
            logger.LogInformation("Creating the database cluster in {Cluster}", Cluster);
            // Passwords on every connection, the socket included: any local user could otherwise
            // connect as the superuser and switch off the audit trail's guard.
            var initdb = Path.Combine(PostgresBinaries.Directory, "initdb");
            string[] arguments = ["-D", Cluster, "-U", credentials.PostgresUser, "--pwfile", passwordFile,
                "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"];
            var (exitCode, output) = DataFolder.IsRoot
                ? await RunAsync("setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", initdb, .. arguments], cancellationToken)
                : await RunAsync(initdb, arguments, cancellationToken);
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

    /// <summary>A lock file left by a killed server whose pid now belongs to something else stops the next start.</summary>
    private void RemoveStaleLock(ILogger logger)
    {
        var lockFile = Path.Combine(Cluster, "postmaster.pid");
        if (!File.Exists(lockFile) || !int.TryParse(File.ReadLines(lockFile).FirstOrDefault(), out var pid))
        {
            return;
        }

        var comm = $"/proc/{pid}/comm";
        if (!File.Exists(comm) || File.ReadAllText(comm).Trim() != "postgres")
        {
            File.Delete(lockFile);
            logger.LogInformation("Removed the lock file of a server that is no longer running");
        }
    }

    /// <summary>
    /// The postgres user must pass through every folder above its data (a clone under a private
    /// temporary folder is not passable). Only the traverse bit is added, never read.
    /// </summary>
    private void LetPostgresReach(ILogger logger)
    {
        if (!DataFolder.IsRoot)
        {
            return;
        }

        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var mode = File.GetUnixFileMode(dir.FullName);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                File.SetUnixFileMode(dir.FullName, mode | UnixFileMode.OtherExecute);
                logger.LogInformation("Allowed the postgres user to pass through {Folder} (o+x)", dir.FullName);
            }
        }
    }

    private static async Task ChownForPostgresAsync(string path, CancellationToken cancellationToken)
    {
        if (!DataFolder.IsRoot)
        {
            return;
        }

        var (exitCode, output) = await RunAsync("chown", ["-R", "postgres:postgres", path], cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Could not give '{path}' to the postgres user: {output}");
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }
}
