using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

[Collection(SystemCollection.Name)]
public sealed class ClientRegistrationTests(SystemFixture system)
{
    [Fact]
    public async Task An_operator_registers_an_agency_system_which_then_gets_tokens_for_its_partnership_and_role()
    {
        using var operatorConsole = await system.ClientAsync("operator-console");
        var clientId = $"westshire-police-{Guid.NewGuid():N}"[..28];
        using var created = await operatorConsole.PostAsJsonAsync("/api/clients", new
        {
            clientId,
            clientSecret = "a-long-enough-secret-for-tests-only",
            displayName = "Westshire Police partner representative",
            partnership = "westshire",
            agency = "Westshire Police",
            roles = new[] { "partner-representative" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var token = await Tokens.RequestAsync(system.Anonymous, clientId, "a-long-enough-secret-for-tests-only");
        token.EnsureSuccessStatusCode();
        using var again = await operatorConsole.PostAsJsonAsync("/api/clients", new
        {
            clientId, clientSecret = "another-long-enough-secret-value", displayName = "x", agency = "x", roles = new[] { "ofsted" },
        });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var listed = (await operatorConsole.GetFromJsonAsync<JsonElement>("/api/clients?pageSize=200")).GetProperty("items").EnumerateArray().ToArray();
        var entry = Assert.Single(listed!, c => c.GetProperty("clientId").GetString() == clientId);
        Assert.Equal("westshire", entry.GetProperty("partnership").GetString());
        Assert.DoesNotContain("secret", entry.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("""{"clientSecret":"a-long-enough-secret-for-tests-only","displayName":"x","agency":"x","roles":["ofsted"]}""", "clientId")]
    [InlineData("""{"clientId":"c1","clientSecret":"short","displayName":"x","agency":"x","roles":["ofsted"]}""", "clientSecret")]
    [InlineData("""{"clientId":"c2","clientSecret":"a-long-enough-secret-for-tests-only","displayName":"x","agency":"x","roles":["superuser"]}""", "roles")]
    [InlineData("""{"clientId":"c3","clientSecret":"a-long-enough-secret-for-tests-only","displayName":"x","agency":"x","roles":[]}""", "roles")]
    [InlineData("""{"clientId":"c4","clientSecret":"a-long-enough-secret-for-tests-only","displayName":"x","roles":["ofsted"]}""", "agency")]
    [InlineData("""{"clientId": 5""", "body")]
    public async Task Bad_registrations_are_400_problems_naming_the_field(string body, string field)
    {
        using var operatorConsole = await system.ClientAsync("operator-console");
        using var response = await operatorConsole.PostAsync("/api/clients", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}
