using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>The stand-in receiver of the national bodies' pushes, as the tests read it.</summary>
internal static class Receiver
{
    /// <summary>The CloudEvent of <paramref name="type"/> about <paramref name="subject"/> pushed to <paramref name="recipient"/>, once it has arrived.</summary>
    public static async Task<JsonElement> PushedAsync(SystemFixture system, string recipient, string type, string subject)
    {
        using var receiver = system.App.CreateHttpClient("national-panel-receiver");
        return (await Eventually.GetAsync(async () =>
            (await receiver.GetFromJsonAsync<JsonElement>($"/received?recipient={recipient}&type={type}")).EnumerateArray()
                .FirstOrDefault(r => r.GetProperty("subject").GetString() == subject) is { ValueKind: JsonValueKind.Object } found ? (JsonElement?)found : null,
            TimeSpan.FromSeconds(60), $"{type} about {subject} pushed to {recipient}"))!.Value.GetProperty("event");
    }
}
