using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.AppHost.Hosting.Dashboard;

/// <summary>Where the dashboard's telemetry (OTLP receiver, traces, structured logs) plugs in.</summary>
internal static class DashboardExtensions
{
    public static void AddDashboardServices(IServiceCollection services)
    {
    }

    public static void MapDashboardTelemetry(IEndpointRouteBuilder dashboard, IEndpointRouteBuilder otlp)
    {
    }
}
