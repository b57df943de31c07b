using Microsoft.Extensions.Http.Resilience;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Extensions;

public static class PlatformApiExtensions
{
    /// <summary>
    /// The platform's API at its public address, the gateway (<c>Identity:Issuer</c>). Reads are
    /// retried on a transient failure; steps are not, so nothing a person sends is done twice.
    /// </summary>
    public static WebApplicationBuilder AddPlatformApi(this WebApplicationBuilder builder)
    {
        var gateway = IdentityAddresses.PublicIssuer(builder.Configuration)
                      ?? throw new InvalidOperationException("Set Identity:Issuer: the gateway's address, where the front end calls the platform.");
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<PersonToken>();
#pragma warning disable EXTEXP0001 // Removing the default handler is how a client opts out of retrying what it sends.
        builder.Services.AddHttpClient<PlatformApi>(http => http.BaseAddress = gateway)
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(resilience => resilience.Retry.DisableForUnsafeHttpMethods()).Services
            .AddHttpClient<PlatformApi>().AddHttpMessageHandler<PersonToken>();
#pragma warning restore EXTEXP0001
        return builder;
    }
}
