using System.Security.Cryptography;
using Npgsql;

namespace Safeguarding.AppHost.LocalServers;

/// <summary>
/// The two roles every service database gets, so that a service's everyday connection cannot
/// change its own schema or rewrite its audit trail:
/// <list type="bullet">
/// <item><c>&lt;db&gt;_owner</c> owns the database, its <c>public</c> schema and every object in it;
/// the service's migrations run as it (<c>ConnectionStrings__&lt;db&gt;-migrations</c>).</item>
/// <item><c>&lt;db&gt;_app</c> is what the service runs as (<c>ConnectionStrings__&lt;db&gt;</c>): it
/// may read and write rows in the tables the owner creates, nothing more; migrations take rights
/// away from it where a table must not change (the audit trail).</item>
/// </list>
/// Passwords are made afresh on every start. Neither role is a superuser or a member of the other.
/// </summary>
public static class DatabaseRoles
{
    public static string OwnerRole(string database) => database + "_owner";

    public static string AppRole(string database) => database + "_app";

    /// <summary>Creates or updates both roles and hands the database to the owner; returns their connection strings.</summary>
    public static async Task<(string Owner, string App)> EnsureAsync(string serverConnectionString, string database, CancellationToken cancellationToken)
    {
        var owner = OwnerRole(database);
        var app = AppRole(database);
        var ownerPassword = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var appPassword = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

        await using (var server = new NpgsqlConnection(serverConnectionString))
        {
            await server.OpenAsync(cancellationToken);
            await EnsureLoginRoleAsync(server, owner, ownerPassword, cancellationToken);
            await EnsureLoginRoleAsync(server, app, appPassword, cancellationToken);
            await ExecuteAsync(server, $"""
                ALTER DATABASE {Quote(database)} OWNER TO {Quote(owner)};
                REVOKE ALL ON DATABASE {Quote(database)} FROM PUBLIC;
                GRANT CONNECT, TEMPORARY ON DATABASE {Quote(database)} TO {Quote(app)};
                """, cancellationToken);
        }

        var inDatabase = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database };
        await using (var connection = new NpgsqlConnection(inDatabase.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, $"""
                ALTER SCHEMA public OWNER TO {Quote(owner)};
                REVOKE CREATE ON SCHEMA public FROM PUBLIC;
                GRANT USAGE ON SCHEMA public TO {Quote(app)};
                ALTER DEFAULT PRIVILEGES FOR ROLE {Quote(owner)} IN SCHEMA public
                  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {Quote(app)};
                ALTER DEFAULT PRIVILEGES FOR ROLE {Quote(owner)} IN SCHEMA public
                  GRANT USAGE, SELECT ON SEQUENCES TO {Quote(app)};
                """, cancellationToken);
            await AdoptEarlierObjectsAsync(connection, owner, app, cancellationToken);
        }

        return (
            new NpgsqlConnectionStringBuilder(inDatabase.ConnectionString) { Username = owner, Password = ownerPassword }.ConnectionString,
            new NpgsqlConnectionStringBuilder(inDatabase.ConnectionString) { Username = app, Password = appPassword }.ConnectionString);
    }

    /// <summary>
    /// Databases whose tables were created before these roles existed (by the server's superuser)
    /// are handed to the owner once, and the app role gets the row rights it would have had; the
    /// services' migrations that run next take back what must stay unchangeable.
    /// </summary>
    private static async Task AdoptEarlierObjectsAsync(NpgsqlConnection connection, string owner, string app, CancellationToken cancellationToken)
    {
        await using var foreign = new NpgsqlCommand("""
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND pg_get_userbyid(c.relowner) <> $1
            """, connection);
        foreign.Parameters.AddWithValue(owner);
        if ((long)(await foreign.ExecuteScalarAsync(cancellationToken))! == 0)
        {
            return;
        }

        await ExecuteAsync(connection, $"""
            DO $$
            DECLARE r record;
            BEGIN
              FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                         AND pg_get_userbyid(c.relowner) <> {Literal(owner)}
                         -- identity and serial sequences follow their table
                         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))
              LOOP
                EXECUTE format('ALTER %s public.%I OWNER TO %I',
                  CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                  r.relname, {Literal(owner)});
              END LOOP;
              FOR r IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                       WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> {Literal(owner)}
              LOOP
                EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.signature, {Literal(owner)});
              END LOOP;
            END $$;
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {Quote(app)};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {Quote(app)};
            """, cancellationToken);
    }

    private static async Task EnsureLoginRoleAsync(NpgsqlConnection server, string role, string password, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_roles WHERE rolname = $1", server);
        exists.Parameters.AddWithValue(role);
        var verb = await exists.ExecuteScalarAsync(cancellationToken) is null ? "CREATE" : "ALTER";
        try
        {
            await ExecuteAsync(server,
                $"{verb} ROLE {Quote(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD {Literal(password)}",
                cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateObject)
        {
            // Created by a concurrent start: set its password instead.
            await ExecuteAsync(server, $"ALTER ROLE {Quote(role)} PASSWORD {Literal(password)}", cancellationToken);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private static string Literal(string value) => "'" + value.Replace("'", "''") + "'";
}
