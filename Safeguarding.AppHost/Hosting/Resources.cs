namespace Safeguarding.AppHost.Hosting;

/// <summary>Something the app host runs or provides: a server, a database, a project.</summary>
public abstract class Resource(string name)
{
    public string Name { get; } = name;

    /// <summary>Resources that must be healthy before this one starts.</summary>
    public List<Resource> WaitsFor { get; } = [];

    public ResourceState State { get; } = new(name);
}

/// <summary>A resource that hands its dependents a connection string (<c>ConnectionStrings__name</c>).</summary>
public interface IResourceWithConnectionString
{
    string Name { get; }

    string? ConnectionString { get; }
}

public sealed class PostgresServerResource(string name) : Resource(name), IResourceWithConnectionString
{
    public List<PostgresDatabaseResource> Databases { get; } = [];

    public bool PersistentData { get; set; }

    /// <summary>Server connection string once it runs (embedded or external).</summary>
    public string? ConnectionString { get; set; }
}

public sealed class PostgresDatabaseResource(string name, PostgresServerResource server) : Resource(name), IResourceWithConnectionString
{
    public PostgresServerResource Server { get; } = server;

    /// <summary>The service's everyday connection: the database's app role (rows only).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The database owner's connection, for migrations (<c>ConnectionStrings__&lt;name&gt;-migrations</c>).</summary>
    public string? MigrationConnectionString { get; set; }
}

public sealed class RabbitMQServerResource(string name) : Resource(name), IResourceWithConnectionString
{
    public bool PersistentData { get; set; }

    public string? ConnectionString { get; set; }
}

/// <summary>A named HTTP endpoint of a project. A fixed port is kept unless the run asks for random ports.</summary>
public sealed class EndpointAnnotation(string name, int? port, bool http2)
{
    public string Name { get; } = name;

    public int? Port { get; } = port;

    public bool Http2 { get; } = http2;

    public int AllocatedPort { get; set; }

    public string Url => $"http://localhost:{AllocatedPort}";
}

public sealed class ProjectResource(string name, string projectPath) : Resource(name)
{
    /// <summary>Path of the .csproj, relative to the repository root.</summary>
    public string ProjectPath { get; } = projectPath;

    public List<EndpointAnnotation> Endpoints { get; } = [new("http", null, false)];

    public List<IResourceWithConnectionString> ConnectionReferences { get; } = [];

    public List<ProjectResource> ServiceReferences { get; } = [];

    /// <summary>Further environment variables for the project (<c>WithEnvironment</c>).</summary>
    public Dictionary<string, string> EnvironmentVariables { get; } = new(StringComparer.Ordinal);

    public bool External { get; set; }

    public EndpointAnnotation HttpEndpoint => Endpoints.First(e => e.Name == "http");
}
