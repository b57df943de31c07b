using Microsoft.Extensions.Configuration;

namespace Safeguarding.ServiceDefaults.Security;

/// <summary>A service's own client at the identity service, as the app host hands it over.</summary>
public sealed record ServiceCredentials(string ClientId, string ClientSecret)
{
    public static ServiceCredentials From(IConfiguration configuration) => new(
        configuration["Identity:ClientId"] is { Length: > 0 } id ? id
            : throw new InvalidOperationException("Identity:ClientId is missing: give the service credentials (WithServiceCredentials)."),
        configuration["Identity:ClientSecret"] is { Length: > 0 } secret ? secret
            : throw new InvalidOperationException("Identity:ClientSecret is missing: give the service credentials (WithServiceCredentials)."));
}
