using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.Hosting;

public static class ConfigurationExtensions
{
    public static string GetRequiredConnectionString(this IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name) ?? throw new InvalidOperationException(
            $"Connection string '{name}' is missing: set ConnectionStrings:{name} (the app host sets ConnectionStrings__{name}).");
}
