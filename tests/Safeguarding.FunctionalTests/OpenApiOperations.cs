using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>Every operation the services publish in their OpenAPI documents, read through the gateway.</summary>
internal static class OpenApiOperations
{
    public static readonly string[] Services = ["notification", "rapid-review", "learning-action", "publication", "identity"];

    public static async Task<List<(string Service, string Method, string Path)>> DiscoverAsync(HttpClient anonymous)
    {
        var operations = new List<(string, string, string)>();
        foreach (var service in Services)
        {
            var document = await anonymous.GetFromJsonAsync<JsonElement>($"/openapi/{service}.json");
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                operations.AddRange(path.Value.EnumerateObject()
                    .Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete")
                    .Select(o => (service, o.Name.ToUpperInvariant(), path.Name)));
            }
        }

        return operations;
    }
}
