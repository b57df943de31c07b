using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.ServiceDefaults.Audit;

public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddAuditTrail<TContext>(this IServiceCollection services, string serviceName) where TContext : DbContext
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditTrail>(sp => new AuditTrail<TContext>(
            sp.GetRequiredService<TContext>(),
            sp.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>(),
            sp.GetRequiredService<TimeProvider>(),
            serviceName));
        return services;
    }
}
