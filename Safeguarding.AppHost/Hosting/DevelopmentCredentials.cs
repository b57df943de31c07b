using System.Security.Cryptography;
using System.Text.Json;

namespace Safeguarding.AppHost.Hosting;

/// <summary>
/// Credentials for the embedded servers: generated on first run and kept beside their data (never
/// committed), so that data created by one run opens in the next.
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
        Directory.CreateDirectory(dataDirectory);
        File.WriteAllText(file, JsonSerializer.Serialize(created));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return created;
    }

    private static string Secret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
