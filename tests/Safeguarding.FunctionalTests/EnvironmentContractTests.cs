namespace Safeguarding.FunctionalTests;

/// <summary>What each project is given is exactly what an Aspire app host would give it.</summary>
[Collection(SystemCollection.Name)]
public sealed class EnvironmentContractTests(SystemFixture system)
{
    [Fact]
    public void Rapid_review_gets_its_database_the_broker_the_notification_endpoints_and_telemetry_settings()
    {
        var env = system.App.GetProjectEnvironment("rapid-review");

        Assert.Matches(@"^Host=localhost;Port=\d+;Username=[^;]+;Password=[^;]+;Database=rapidreviewdb$", env["ConnectionStrings__rapidreviewdb"]);
        Assert.Matches(@"^amqp://[^:]+:[^@]+@localhost:\d+$", env["ConnectionStrings__messaging"]);
        Assert.Equal(system.App.GetEndpoint("notification").ToString().TrimEnd('/'), env["services__notification__http__0"]);
        Assert.Equal(system.App.GetEndpoint("notification", "grpc").ToString().TrimEnd('/'), env["services__notification__grpc__0"]);
        Assert.Equal("rapid-review", env["OTEL_SERVICE_NAME"]);
        Assert.StartsWith("service.instance.id=", env["OTEL_RESOURCE_ATTRIBUTES"]);
        Assert.Equal(system.App.Dashboard!.OtlpUrl, env["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Equal("http/protobuf", env["OTEL_EXPORTER_OTLP_PROTOCOL"]);
        Assert.Equal("1000", env["OTEL_BSP_SCHEDULE_DELAY"]);
        Assert.Equal("1000", env["OTEL_BLRP_SCHEDULE_DELAY"]);
        Assert.Equal("1000", env["OTEL_METRIC_EXPORT_INTERVAL"]);
        Assert.Equal(system.App.GetEndpoint("rapid-review").ToString().TrimEnd('/'), env["ASPNETCORE_URLS"]);
        Assert.Equal("Development", env["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("simple", env["LOGGING__CONSOLE__FORMATTERNAME"]);
        Assert.Equal("Http2", env["Kestrel__Endpoints__grpc__Protocols"]);

        // A service sees only what it references: no other service's database.
        Assert.DoesNotContain("ConnectionStrings__notificationdb", env.Keys);
    }

    [Fact]
    public void The_gateway_is_given_every_service_and_no_database()
    {
        var env = system.App.GetProjectEnvironment("gateway");

        foreach (var service in new[] { "notification", "rapid-review", "learning-action", "publication" })
        {
            Assert.Equal(system.App.GetEndpoint(service).ToString().TrimEnd('/'), env[$"services__{service}__http__0"]);
        }

        Assert.DoesNotContain(env.Keys, k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal));
    }
}
