namespace Safeguarding.FunctionalTests;

/// <summary>What each project is given is exactly the Aspire runtime contract, and no more.</summary>
[Collection(SystemCollection.Name)]
public sealed class EnvironmentContractTests(SystemFixture system)
{
    [Fact]
    public async Task Rapid_review_gets_its_database_the_broker_the_notification_endpoints_and_telemetry_settings()
    {
        var env = await system.App.GetEnvironmentAsync("rapid-review");

        Assert.Matches(@"^Host=localhost;Port=\d+;Username=rapidreviewdb_app;Password=[^;]+;Database=rapidreviewdb$", env["ConnectionStrings__rapidreviewdb"]);
        Assert.Matches(@"^Host=localhost;Port=\d+;Username=rapidreviewdb_owner;Password=[^;]+;Database=rapidreviewdb$", env["ConnectionStrings__rapidreviewdb-migrations"]);
        Assert.Matches(@"^amqp://[^:]+:[^@]+@localhost:\d+$", env["ConnectionStrings__messaging"]);
        Assert.Equal(system.App.GetEndpoint("notification", "http").ToString().TrimEnd('/'), env["services__notification__http__0"]);
        Assert.Equal(system.App.GetEndpoint("notification", "grpc").ToString().TrimEnd('/'), env["services__notification__grpc__0"]);
        Assert.Contains("OTEL_SERVICE_NAME", env.Keys);
        Assert.Equal(system.App.GetEndpoint("rapid-review", "http").ToString().TrimEnd('/'), env["Kestrel__Endpoints__http__Url"]);
        Assert.Equal("Http2", env["Kestrel__Endpoints__grpc__Protocols"]);
        Assert.Equal(system.App.GetEndpoint("rapid-review", "grpc").ToString().TrimEnd('/'), env["Kestrel__Endpoints__grpc__Url"]);
        Assert.DoesNotContain("ASPNETCORE_URLS", env.Keys);
        // Tokens name the gateway as their issuer; identity itself is reached directly.
        Assert.Equal(system.Issuer, env["Identity__Issuer"]);
        Assert.Equal(system.App.GetEndpoint("identity", "http").ToString().TrimEnd('/'), env["services__identity__http__0"]);

        // A service sees only what it references: no other service's database.
        Assert.DoesNotContain("ConnectionStrings__notificationdb", env.Keys);
    }

    [Fact]
    public async Task The_gateway_is_given_every_service_and_no_database()
    {
        var env = await system.App.GetEnvironmentAsync("gateway");

        foreach (var service in new[] { "notification", "rapid-review", "learning-action", "publication" })
        {
            Assert.Equal(system.App.GetEndpoint(service, "http").ToString().TrimEnd('/'), env[$"services__{service}__http__0"]);
        }

        Assert.DoesNotContain(env.Keys, k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal));
        Assert.Equal(system.Issuer, env["Identity__Issuer"]);
        Assert.Equal(system.Issuer, (await system.App.GetEnvironmentAsync("identity"))["Identity__Issuer"]);
    }
}
