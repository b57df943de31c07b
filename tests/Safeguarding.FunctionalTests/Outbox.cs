using Npgsql;

namespace Safeguarding.FunctionalTests;

/// <summary>The events a service has raised, read from the outbox in its own database.</summary>
internal static class Outbox
{
    public static async Task<long> CountAsync(SystemFixture system, string database, string type, string subject)
    {
        await using var db = new NpgsqlConnection(await system.App.GetConnectionStringAsync(database));
        await db.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE type = $1 AND subject = $2", db);
        count.Parameters.AddWithValue(type);
        count.Parameters.AddWithValue(subject);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
