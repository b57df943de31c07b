using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Safeguarding.FunctionalTests;

[Collection(SystemCollection.Name)]
public sealed class AuditTests(SystemFixture system)
{
    [Fact]
    public async Task A_scripted_sequence_of_changes_and_reads_leaves_exactly_the_expected_audit_trail()
    {
        var notification = await Notifications.NotifyAsync(system.Gateway, Notifications.Valid());
        var id = notification.GetProperty("id").GetString()!;
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        (await businessUnit.GetAsync($"/api/notifications/{id}")).EnsureSuccessStatusCode();
        (await businessUnit.GetAsync($"/api/notifications/{id}")).EnsureSuccessStatusCode();
        // Lists carry no identifying details, and Ofsted sees pseudonyms: neither is a read of identifying data.
        (await businessUnit.GetAsync("/api/notifications")).EnsureSuccessStatusCode();
        using var ofsted = await system.ClientAsync("ofsted-feed");
        (await ofsted.GetAsync($"/api/notifications/{id}")).EnsureSuccessStatusCode();
        using var amended = await system.Gateway.PostAsJsonAsync($"/api/notifications/{id}/amendments", new
        {
            reason = "Time and outline corrected after the strategy meeting.",
            changes = new { incidentTime = "15:10", caseOutline = "Corrected outline." },
        });
        amended.EnsureSuccessStatusCode();
        using var chair = await system.ClientAsync("northshire-chair");
        (await chair.GetAsync($"/api/notifications/{id}/history")).EnsureSuccessStatusCode();

        // The publication service reads the national form for the national bodies' feeds, once as made and once as amended,
        // whenever the events reach it: those reads are on the trail too.
        var all = await Eventually.GetAsync(async () =>
            (await chair.GetFromJsonAsync<JsonElement>($"/api/notifications/{id}/audit")).GetProperty("items").EnumerateArray().ToArray() is var items
            && items.Count(e => e.GetProperty("subject").GetString() == "publication") == 2 ? items : null, TimeSpan.FromSeconds(30), "the feeds' reads");
        Assert.All(all.Where(e => e.GetProperty("subject").GetString() == "publication"), e =>
        {
            Assert.Equal("read", e.GetProperty("action").GetString());
            Assert.Equal(["incidentPlace", "children", "furtherChildren", "caseOutline"], e.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        });
        var trail = all.Where(e => e.GetProperty("subject").GetString() != "publication").ToArray();

        Assert.Equal(
            [("create", "northshire-la-case-system"), ("read", "northshire-business-unit"), ("read", "northshire-business-unit"),
             ("amend", "northshire-la-case-system"), ("read", "northshire-chair")],
            trail.Select(e => (e.GetProperty("action").GetString(), e.GetProperty("subject").GetString())).ToArray());
        // A trail is paged like every list: the second page of two holds the third and fourth entries.
        var second = await chair.GetFromJsonAsync<JsonElement>($"/api/notifications/{id}/audit?page=2&pageSize=2");
        Assert.Equal(all.Length, second.GetProperty("total").GetInt32());
        Assert.Equal(all[2..4].Select(Key), second.GetProperty("items").EnumerateArray().Select(Key));
        var created = trail[0];
        Assert.Contains("caseOutline", created.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("Northshire County Council", created.GetProperty("agency").GetString());
        Assert.Equal("northshire", created.GetProperty("partnership").GetString());
        Assert.Equal(["local-authority-notifier"], created.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.All(trail, e =>
        {
            Assert.Equal(id, e.GetProperty("resourceId").GetString());
            Assert.Matches("^[0-9a-f]{32}$", e.GetProperty("traceId").GetString());
            Assert.False(string.IsNullOrEmpty(e.GetProperty("clientAddress").GetString()));
        });
        Assert.Equal(["incidentPlace", "children", "furtherChildren", "caseOutline"], trail[1].GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(["incidentTime", "caseOutline"], trail[3].GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(["caseOutline"], trail[4].GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
    }

    private static (string?, string?, string?) Key(JsonElement e) =>
        (e.GetProperty("occurredAt").GetString(), e.GetProperty("action").GetString(), e.GetProperty("subject").GetString());

    [Fact]
    public async Task A_callers_own_X_Forwarded_For_is_not_believed_so_the_trail_records_where_the_request_came_from()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/notifications") { Content = JsonContent.Create(Notifications.Valid()) };
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        using var created = await system.Gateway.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        using var chair = await system.ClientAsync("northshire-chair");
        var trail = (await chair.GetFromJsonAsync<JsonElement>($"/api/notifications/{id}/audit")).GetProperty("items").EnumerateArray().ToArray();

        var address = System.Net.IPAddress.Parse(trail[0].GetProperty("clientAddress").GetString()!);
        Assert.True(System.Net.IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address), $"The trail says {address}.");
    }

    [Theory]
    [InlineData("notificationdb")]
    [InlineData("rapidreviewdb")]
    [InlineData("learningactiondb")]
    [InlineData("publicationdb")]
    public async Task The_audit_trail_cannot_be_changed_or_deleted_by_the_services_own_database_user(string database)
    {
        await Notifications.NotifyAsync(system.Gateway, Notifications.Valid());
        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync(database));
        await connection.OpenAsync();

        foreach (var sql in new[] { "UPDATE audit_entries SET subject = 'someone else'", "DELETE FROM audit_entries", "TRUNCATE audit_entries" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }

        await using var count = new NpgsqlCommand("SELECT count(*) FROM audit_entries WHERE subject = 'someone else'", connection);
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_services_own_database_user_is_not_the_owner_and_can_change_rows_but_not_the_schema()
    {
        var everyday = new NpgsqlConnectionStringBuilder(await system.App.GetConnectionStringAsync("notificationdb"));
        Assert.Equal("notificationdb_app", everyday.Username);
        var environment = await system.App.GetEnvironmentAsync("notification");
        Assert.Equal(await system.App.GetConnectionStringAsync("notificationdb"), environment["ConnectionStrings__notificationdb"]);
        Assert.Equal("notificationdb_owner",
            new NpgsqlConnectionStringBuilder(environment["ConnectionStrings__notificationdb-migrations"]).Username);

        await using var connection = new NpgsqlConnection(everyday.ConnectionString);
        await connection.OpenAsync();
        await using (var role = new NpgsqlCommand(
            "SELECT rolsuper OR rolcreaterole OR rolcreatedb, pg_has_role('notificationdb_owner', 'MEMBER') FROM pg_roles WHERE rolname = current_user",
            connection))
        await using (var reader = await role.ExecuteReaderAsync())
        {
            Assert.True(await reader.ReadAsync());
            Assert.False(reader.GetBoolean(0));
            Assert.False(reader.GetBoolean(1));
        }

        foreach (var sql in new[]
                 {
                     "ALTER TABLE audit_entries DISABLE TRIGGER ALL",
                     "DROP TRIGGER audit_entries_no_update_or_delete ON audit_entries",
                     "DROP TABLE audit_entries",
                     "CREATE TABLE shadow (id int)",
                     "ALTER TABLE serious_incident_notifications ADD COLUMN sneaky text",
                 })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
    }

    [Fact]
    public async Task Opening_a_rapid_review_on_an_event_is_on_the_record_as_the_service_itself_and_cannot_be_erased()
    {
        var id = (await Notifications.NotifyAsync(system.Gateway, Notifications.Valid())).GetProperty("id").GetString()!;
        var review = await Safeguarding.Testing.Eventually.GetAsync(async () =>
        {
            var found = await Notifications.RapidReviewsForAsync(system.Gateway, id);
            return found.Length > 0 ? found[0] : (JsonElement?)null;
        }, TimeSpan.FromSeconds(30), "the rapid review");
        var reviewId = review!.Value.GetProperty("id").GetString();

        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync("rapidreviewdb"));
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT action, subject FROM audit_entries WHERE resource_type = 'rapid-review' AND resource_id = $1", connection);
        query.Parameters.AddWithValue(reviewId!);
        await using (var reader = await query.ExecuteReaderAsync())
        {
            Assert.True(await reader.ReadAsync());
            Assert.Equal("create", reader.GetString(0));
            Assert.Equal("service:rapid-review", reader.GetString(1));
            Assert.False(await reader.ReadAsync());
        }

        using var chair = await system.ClientAsync("northshire-chair");
        var trail = (await chair.GetFromJsonAsync<JsonElement>($"/api/rapid-reviews/{reviewId}/audit")).GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal("service:rapid-review", Assert.Single(trail).GetProperty("subject").GetString());

        await using var erase = new NpgsqlCommand("DELETE FROM audit_entries", connection);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => erase.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task Only_the_chair_of_the_partnership_and_operators_read_the_audit_trail()
    {
        var id = (await Notifications.NotifyAsync(system.Gateway, Notifications.Valid())).GetProperty("id").GetString();

        using (var notifier = await system.Gateway.GetAsync($"/api/notifications/{id}/audit"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notifier.StatusCode);
        }

        using var otherChair = await system.ClientAsync("southshire-chair");
        using (var other = await otherChair.GetAsync($"/api/notifications/{id}/audit"))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }

        using var operatorConsole = await system.ClientAsync("operator-console");
        using var operated = await operatorConsole.GetAsync($"/api/notifications/{id}/audit");
        Assert.Equal(HttpStatusCode.OK, operated.StatusCode);
    }
}
