namespace Safeguarding.FunctionalTests;

/// <summary>The publication service's record of identifying detail that left on a feed, read from its database.</summary>
internal static class FeedAudit
{
    public static async Task<long> CountAsync(SystemFixture system, string action, string resourceType, string resourceId)
    {
        await using var db = new Npgsql.NpgsqlConnection(await system.App.GetConnectionStringAsync("publicationdb"));
        await db.OpenAsync();
        await using var count = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM audit_entries WHERE action = $1 AND resource_type = $2 AND resource_id = $3", db);
        count.Parameters.AddWithValue(action);
        count.Parameters.AddWithValue(resourceType);
        count.Parameters.AddWithValue(resourceId);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
