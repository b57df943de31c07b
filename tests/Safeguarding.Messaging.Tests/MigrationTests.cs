using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Safeguarding.Testing;

namespace Safeguarding.Messaging.Tests;

public sealed class MigrationTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_database_made_by_an_earlier_build_stops_the_service_saying_to_reset_the_data_folder()
    {
        var database = await postgres.CreateDatabaseAsync("migrate");
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var history = new NpgsqlCommand("""
                CREATE TABLE "__EFMigrationsHistory" ("MigrationId" varchar(150) PRIMARY KEY, "ProductVersion" varchar(32) NOT NULL);
                INSERT INTO "__EFMigrationsHistory" VALUES ('20261125041817_ContributionRequests', '10.0.0');
                """, connection);
            await history.ExecuteNonQueryAsync();
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:db"] = database });
        builder.AddServiceDbContext<TestDbContext>("db");
        builder.Services.AddMigration<TestDbContext>();
        using var host = builder.Build();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());
        Assert.Contains("20261125041817_ContributionRequests", refused.Message);
        Assert.Contains("rm -rf .data", refused.Message);
    }
}
