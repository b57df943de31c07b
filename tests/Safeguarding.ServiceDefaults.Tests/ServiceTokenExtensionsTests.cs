using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenIddict.Client;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.ServiceDefaults.Tests;

public sealed class ServiceTokenExtensionsTests
{
    [Fact]
    public void A_service_with_clients_of_two_services_has_one_registration_at_the_identity_service()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["services:identity:http:0"] = "http://localhost:5001",
            ["Identity:ClientId"] = "publication",
            ["Identity:ClientSecret"] = "secret",
        });
        builder.AddServiceGrpcClient<object>("notification");
        builder.AddServiceGrpcClient<object>("rapid-review");

        using var host = builder.Build();
        Assert.Single(host.Services.GetRequiredService<IOptions<OpenIddictClientOptions>>().Value.Registrations);
    }
}
