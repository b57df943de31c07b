using System.Security.Cryptography;
using System.Text.Json;

namespace Safeguarding.AppHost.LocalServers;

/// <summary>
/// The local servers' superuser credentials: made on first run and kept beside their data (never
/// committed, owner-only), so that data created by one run opens in the next.
/// </summary>
public sealed record DevelopmentCredentials(string PostgresUser, string PostgresPassword, string RabbitMqUser, string RabbitMqPassword)
{
    public static DevelopmentCredentials LoadOrCreate(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "credentials.json");
        if (File.Exists(file))
        {
            return JsonSerializer.Deserialize<DevelopmentCredentials>(File.ReadAllText(file))
                   ?? throw new InvalidOperationException($"'{file}' is unreadable: delete the data folder to reset.");
        }

        var created = new DevelopmentCredentials("safeguarding", Secret(), "safeguarding", Secret());
        DataFolder.WriteSecret(file, JsonSerializer.Serialize(created));
        return created;
    }

    private static string Secret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
