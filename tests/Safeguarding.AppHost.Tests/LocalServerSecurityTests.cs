using Npgsql;
using Safeguarding.Testing;

namespace Safeguarding.AppHost.Tests;

/// <summary>The local servers are closed to other users of the machine.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class LocalServerSecurityTests(PostgresFixture postgres, RabbitMqFixture rabbitMq)
    : IClassFixture<PostgresFixture>, IClassFixture<RabbitMqFixture>
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task PostgreSQL_refuses_its_socket_and_tcp_without_the_password_and_its_socket_folder_is_private()
    {
        var sockets = Path.Combine(postgres.DataDirectory, "postgres", "run");
        var user = new NpgsqlConnectionStringBuilder(postgres.ConnectionString).Username;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(sockets));

        foreach (var host in new[] { sockets, "localhost" })
        {
            var noPassword = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Host = host, Password = null, Database = "postgres", Pooling = false };
            await using var connection = new NpgsqlConnection(noPassword.ConnectionString);
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync());

            var wrongPassword = new NpgsqlConnectionStringBuilder(noPassword.ConnectionString) { Password = "not-the-password" };
            await using var wrong = new NpgsqlConnection(wrongPassword.ConnectionString);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => wrong.OpenAsync());
            Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
        }

        // The control: with its password, the same user gets in through the socket.
        var withPassword = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Host = sockets, Database = "postgres", Pooling = false };
        await using var allowed = new NpgsqlConnection(withPassword.ConnectionString);
        await allowed.OpenAsync();
        Assert.Equal(user, (string?)await new NpgsqlCommand("SELECT current_user", allowed).ExecuteScalarAsync());
    }

    [Fact]
    public void Files_holding_a_password_are_readable_by_their_owner_only()
    {
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(Path.Combine(postgres.DataDirectory, "credentials.json")));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(Path.Combine(rabbitMq.DataDirectory, "credentials.json")));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(Path.Combine(rabbitMq.DataDirectory, "messaging", "rabbitmq.conf")));
        Assert.False(File.Exists(Path.Combine(postgres.DataDirectory, "postgres", "initdb.pw")));
    }

    [Fact]
    public async Task The_erlang_distribution_port_listens_on_loopback_only()
    {
        var beam = Directory.EnumerateDirectories("/proc")
            .Where(d => int.TryParse(Path.GetFileName(d), out _))
            .FirstOrDefault(d =>
            {
                try
                {
                    return File.ReadAllText(Path.Combine(d, "cmdline")).Contains(rabbitMq.DataDirectory, StringComparison.Ordinal)
                           && File.ReadAllText(Path.Combine(d, "comm")).StartsWith("beam", StringComparison.Ordinal);
                }
                catch (IOException)
                {
                    return false;
                }
            });
        Assert.NotNull(beam);
        var listening = await ListeningAddressesAsync(Path.GetFileName(beam)!);
        Assert.NotEmpty(listening);
        Assert.All(listening, address => Assert.StartsWith("0100007F:", address));
    }

    /// <summary>Local addresses (hex, as /proc/net/tcp gives them) of the sockets a process listens on.</summary>
    private static async Task<List<string>> ListeningAddressesAsync(string pid)
    {
        var inodes = Directory.EnumerateFiles($"/proc/{pid}/fd")
            .Select(fd => new FileInfo(fd).LinkTarget ?? "")
            .Where(t => t.StartsWith("socket:[", StringComparison.Ordinal))
            .Select(t => t[8..^1])
            .ToHashSet();
        var listening = new List<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            foreach (var line in (await File.ReadAllLinesAsync(table)).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields[3] == "0A" && inodes.Contains(fields[9]))
                {
                    listening.Add(fields[1]);
                }
            }
        }

        return listening;
    }
}
