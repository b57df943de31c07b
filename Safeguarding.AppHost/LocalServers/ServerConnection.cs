using Npgsql;

namespace Safeguarding.AppHost.LocalServers;

internal static class ServerConnection
{
    /// <summary>A server connection string names no database (as Aspire's do): the maintenance database then.</summary>
    public static NpgsqlConnectionStringBuilder Of(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = "postgres";
        }

        return builder;
    }
}
