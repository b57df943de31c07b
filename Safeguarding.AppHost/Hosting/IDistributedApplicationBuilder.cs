using Microsoft.Extensions.Configuration;

namespace Safeguarding.AppHost.Hosting;

public interface IDistributedApplicationBuilder
{
    IConfigurationManager Configuration { get; }

    DistributedApplicationOptions Options { get; }

    IReadOnlyList<Resource> Resources { get; }

    IResourceBuilder<T> AddResource<T>(T resource) where T : Resource;

    DistributedApplication Build();
}
