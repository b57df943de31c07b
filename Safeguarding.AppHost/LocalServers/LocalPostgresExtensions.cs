using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Safeguarding.AppHost.LocalServers;

public static class LocalPostgresExtensions
{
    /// <summary>
    /// Runs the server under a small shell that turns the orchestrator's SIGTERM into SIGINT, a
    /// PostgreSQL "fast" shutdown: the default "smart" shutdown waits for pooled client connections
    /// and ends in a kill and crash recovery. As root, the server runs as the postgres user.
    /// </summary>
    private const string RunScript = """
        trap 'kill -INT "$child" 2>/dev/null' TERM INT
        if [ "$(id -u)" = 0 ]; then setpriv --reuid=postgres --regid=postgres --init-groups "$@" & else "$@" & fi
        child=$!
        wait "$child"; status=$?
        if kill -0 "$child" 2>/dev/null; then wait "$child"; status=$?; fi
        exit $status
        """;

    /// <summary>
    /// A PostgreSQL server: the one named by <c>ConnectionStrings:&lt;name&gt;</c> when configured, as
    /// <c>AddConnectionString</c> does; otherwise a local server from the Debian package, with its data
    /// in the app host's data folder, passwords required on TCP and on its socket.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddPostgresServer(this IDistributedApplicationBuilder builder, string name)
    {
        if (builder.Configuration.GetConnectionString(name) is { Length: > 0 })
        {
            return builder.AddConnectionString(name);
        }

        var data = DataFolder.Resolve(builder);
        var credentials = DevelopmentCredentials.LoadOrCreate(data);
        var layout = new PostgresLayout(Path.Combine(data, name), credentials);
        layout.CreateFolders();

        var server = new LocalPostgresServerResource(name, "/bin/sh", layout.Root, credentials.PostgresUser, credentials.PostgresPassword);
        var healthCheck = $"{name}-answers";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthCheck,
            _ => new PostgresHealthCheck(server), HealthStatus.Unhealthy, tags: null));

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server, async (e, ct) =>
        {
            var logger = e.Services.GetRequiredService<ResourceLoggerService>().GetLogger(server);
            await layout.PrepareAsync(logger, ct);
        });

        return builder.AddResource(server)
            .WithArgs("-c", RunScript, "postgres", Path.Combine(PostgresBinaries.Directory, "postgres"),
                "-D", layout.Cluster, "-k", layout.Sockets,
                "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300")
            .WithEndpoint(port: FreePort.Next(), name: LocalPostgresServerResource.EndpointName, scheme: "tcp", env: "PGPORT", isProxied: false)
            .WithHealthCheck(healthCheck)
            .WithRestartOnExit();
    }

    /// <summary>
    /// A service's database, created if missing, with an owner role for migrations
    /// (<c>ConnectionStrings__&lt;name&gt;-migrations</c>) and an app role (rows only) that the
    /// service runs as (<c>ConnectionStrings__&lt;name&gt;</c>).
    /// </summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddServiceDatabase(this IResourceBuilder<IResourceWithConnectionString> server, string name)
    {
        var builder = server.ApplicationBuilder;
        var database = new LocalPostgresDatabaseResource(name, server.Resource);
        var healthCheck = $"{name}-ready";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthCheck,
            _ => new PostgresHealthCheck(database), HealthStatus.Unhealthy, tags: null));

        builder.Eventing.Subscribe<InitializeResourceEvent>(database, (e, ct) =>
        {
            _ = Task.Run(() => DatabaseInitializer.RunAsync(database, e, ct), CancellationToken.None);
            return Task.CompletedTask;
        });

        return builder.AddResource(database)
            .WithParentRelationship(server)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "Database",
                State = KnownResourceStates.Waiting,
                Properties = [],
            })
            .WithHealthCheck(healthCheck);
    }

    /// <summary>Hands a project its database: the app role's connection string, and the owner's for migrations.</summary>
    public static IResourceBuilder<ProjectResource> WithDatabase(this IResourceBuilder<ProjectResource> project, IResourceBuilder<LocalPostgresDatabaseResource> database) =>
        project.WithReference(database)
            .WithEnvironment($"ConnectionStrings__{database.Resource.Name}-migrations", ReferenceExpression.Create($"{database.Resource.MigrationConnectionString}"))
            .WaitFor(database);
}
