using System.Text.Json;

namespace Safeguarding.Web.Platform;

/// <summary>
/// A problem-details answer: its detail, and its errors by the JSON path of the field they name
/// ("notifier.email", "children[0].dateOfBirth"), which the forms use as their fields' ids.
/// </summary>
public sealed record ProblemAnswer(string Title, string? Detail, IReadOnlyList<KeyValuePair<string, string>> Errors)
{
    public static async Task<ProblemAnswer> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            var root = document.RootElement;
            var errors = root.TryGetProperty("errors", out var found) && found.ValueKind == JsonValueKind.Object
                ? found.EnumerateObject().SelectMany(field => field.Value.ValueKind == JsonValueKind.Array
                    ? field.Value.EnumerateArray().Select(message => KeyValuePair.Create(field.Name, message.GetString() ?? ""))
                    : []).ToList()
                : [];
            return new ProblemAnswer(Text(root, "title") ?? "There is a problem", Text(root, "detail"), errors);
        }
        catch (JsonException)
        {
            return new ProblemAnswer("There is a problem", null, []);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
