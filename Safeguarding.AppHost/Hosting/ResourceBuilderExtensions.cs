namespace Safeguarding.AppHost.Hosting;

/// <summary>The fluent model, named as in Aspire's hosting API.</summary>
public static class ResourceBuilderExtensions
{
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this IDistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new PostgresServerResource(name));

    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> server, string name)
    {
        var database = new PostgresDatabaseResource(name, server.Resource);
        database.WaitsFor.Add(server.Resource);
        server.Resource.Databases.Add(database);
        return server.ApplicationBuilder.AddResource(database);
    }

    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(this IDistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new RabbitMQServerResource(name));

    public static IResourceBuilder<ProjectResource> AddProject(this IDistributedApplicationBuilder builder, string name, string projectPath) =>
        builder.AddResource(new ProjectResource(name, projectPath));

    /// <summary>Keeps the server's data in the app host's data folder across runs.</summary>
    public static IResourceBuilder<PostgresServerResource> WithDataVolume(this IResourceBuilder<PostgresServerResource> builder)
    {
        builder.Resource.PersistentData = true;
        return builder;
    }

    /// <inheritdoc cref="WithDataVolume(IResourceBuilder{PostgresServerResource})"/>
    public static IResourceBuilder<RabbitMQServerResource> WithDataVolume(this IResourceBuilder<RabbitMQServerResource> builder)
    {
        builder.Resource.PersistentData = true;
        return builder;
    }

    /// <summary>Pins the project's HTTP endpoint to a port (random ports in test runs still win).</summary>
    public static IResourceBuilder<ProjectResource> WithHttpEndpoint(this IResourceBuilder<ProjectResource> builder, int port)
    {
        var endpoints = builder.Resource.Endpoints;
        endpoints[endpoints.FindIndex(e => e.Name == "http")] = new EndpointAnnotation("http", port, http2: false);
        return builder;
    }

    /// <summary>
    /// Adds an HTTP/2-only endpoint named <c>grpc</c>: Kestrel cannot serve HTTP/1.1 and cleartext
    /// HTTP/2 on one port, so gRPC gets its own.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithGrpcEndpoint(this IResourceBuilder<ProjectResource> builder)
    {
        builder.Resource.Endpoints.Add(new EndpointAnnotation("grpc", null, http2: true));
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithExternalHttpEndpoints(this IResourceBuilder<ProjectResource> builder)
    {
        builder.Resource.External = true;
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> builder, string name, string value)
    {
        builder.Resource.EnvironmentVariables[name] = value;
        return builder;
    }

    /// <summary>
    /// Gives the project its own client at the identity service, for service-to-service calls and
    /// token introspection: a secret made afresh on every start, handed to both sides
    /// (<c>Identity__ClientId</c>/<c>Identity__ClientSecret</c> to the project,
    /// <c>Identity__ServiceClients__&lt;clientId&gt;</c> to the identity service, which registers it).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithServiceCredentials(this IResourceBuilder<ProjectResource> builder,
        IResourceBuilder<ProjectResource> identity, string? clientId = null)
    {
        clientId ??= builder.Resource.Name;
        var secret = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        identity.WithEnvironment($"Identity__ServiceClients__{clientId}", secret);
        return builder.WithEnvironment("Identity__ClientId", clientId).WithEnvironment("Identity__ClientSecret", secret);
    }

    public static IResourceBuilder<ProjectResource> WithReference<T>(this IResourceBuilder<ProjectResource> builder, IResourceBuilder<T> source)
        where T : Resource
    {
        switch (source.Resource)
        {
            case IResourceWithConnectionString withConnectionString:
                builder.Resource.ConnectionReferences.Add(withConnectionString);
                break;
            case ProjectResource project:
                builder.Resource.ServiceReferences.Add(project);
                break;
            default:
                throw new InvalidOperationException($"Resource '{source.Resource.Name}' cannot be referenced.");
        }

        return builder;
    }

    public static IResourceBuilder<T> WaitFor<T, TOther>(this IResourceBuilder<T> builder, IResourceBuilder<TOther> dependency)
        where T : Resource
        where TOther : Resource
    {
        builder.Resource.WaitsFor.Add(dependency.Resource);
        return builder;
    }
}
