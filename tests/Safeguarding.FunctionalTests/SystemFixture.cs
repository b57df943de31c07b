using Safeguarding.AppHost;
using Safeguarding.AppHost.Hosting;
using Safeguarding.AppHost.Hosting.Testing;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// The whole system started through the app host's testing entry point: real PostgreSQL, real
/// RabbitMQ, every service and the gateway, on free ports, with the services' clock set to
/// 23 December 2026 so that deadlines run across Christmas and New Year.
/// </summary>
public sealed class SystemFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 12, 23, 10, 0, 0, TimeSpan.Zero);

    public const int PermitLimit = 300;

    public DistributedApplication App { get; private set; } = null!;

    /// <summary>The gateway as Northshire's children's services case system (a local authority notifier).</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>The gateway with no token.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await DistributedApplicationTestingBuilder.StartAsync(AppModel.Declare, TimeSpan.FromMinutes(3),
            options =>
            {
                options.ProjectEnvironment["Clock__Now"] = Now.ToString("O");
                // A tighter gateway limit than production's, so that a test can reach it quickly.
                options.ProjectEnvironment["Gateway__Limits__PermitLimit"] = PermitLimit.ToString();
                options.ProjectEnvironment["Gateway__Limits__Window"] = "00:00:10";
            });
        try
        {
            Anonymous = App.CreateHttpClient("gateway");
            Gateway = await ClientAsync("northshire-la-case-system");
        }
        catch
        {
            // xunit does not dispose a fixture whose initialisation failed: stop the system here.
            await App.DisposeAsync();
            throw;
        }
    }

    /// <summary>The gateway as one of the identity service's development clients.</summary>
    public async Task<HttpClient> ClientAsync(string clientId)
    {
        var client = App.CreateHttpClient("gateway");
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Tokens.GetAsync(Anonymous, clientId));
        return client;
    }

    public async Task DisposeAsync()
    {
        Gateway.Dispose();
        Anonymous.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "system";
}
