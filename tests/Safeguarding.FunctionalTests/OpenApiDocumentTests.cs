using System.Text.Json;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Safeguarding.FunctionalTests;

/// <summary>The services' OpenAPI documents, as a developer at an agency reads them through the gateway.</summary>
[Collection(SystemCollection.Name)]
public sealed class OpenApiDocumentTests(SystemFixture system)
{
    public static TheoryData<string> Services => ["notification", "rapid-review", "learning-action", "publication", "identity"];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Each_document_is_valid_OpenAPI_3_1_and_declares_the_oauth2_flows_at_the_gateway(string service)
    {
        var text = await system.Anonymous.GetStringAsync($"/openapi/{service}.json");
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        var read = OpenApiDocument.Load(stream, "json", new OpenApiReaderSettings());
        Assert.True(read.Diagnostic!.Errors.Count == 0, string.Join("; ", read.Diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, read.Diagnostic.SpecificationVersion);

        var document = JsonDocument.Parse(text).RootElement;
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2");
        Assert.Equal("oauth2", scheme.GetProperty("type").GetString());
        var flows = scheme.GetProperty("flows");
        Assert.Equal(system.Issuer + "connect/token", flows.GetProperty("clientCredentials").GetProperty("tokenUrl").GetString());
        Assert.Equal(system.Issuer + "connect/authorize", flows.GetProperty("authorizationCode").GetProperty("authorizationUrl").GetString());
        Assert.Equal(system.Issuer + "connect/token", flows.GetProperty("authorizationCode").GetProperty("tokenUrl").GetString());
    }

    [Fact]
    public async Task Every_operation_that_needs_a_token_says_so_and_those_that_do_not_do_not()
    {
        var operations = 0;
        foreach (var service in Services)
        {
            var document = JsonDocument.Parse(await system.Anonymous.GetStringAsync($"/openapi/{service}.json")).RootElement;
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
                {
                    operations++;
                    var requirements = operation.Value.TryGetProperty("security", out var security) ? security.EnumerateArray().ToList() : [];
                    // The token endpoint, the sign-in page and the public register are the only operations open to anyone.
                    var open = path.Name.StartsWith("/connect/", StringComparison.Ordinal) || path.Name.StartsWith("/account/", StringComparison.Ordinal)
                        || path.Name.StartsWith("/register/", StringComparison.Ordinal);
                    if (open)
                    {
                        Assert.True(requirements.Count == 0, $"{service} {operation.Name} {path.Name} asks for a token");
                    }
                    else
                    {
                        var requirement = Assert.Single(requirements);
                        Assert.Equal(["safeguarding"], requirement.GetProperty("oauth2").EnumerateArray().Select(s => s.GetString()));
                    }
                }
            }
        }

        Assert.True(operations > 50, $"Only {operations} operations found.");
    }
}
