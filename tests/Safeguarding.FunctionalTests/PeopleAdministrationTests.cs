using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>Operators give people accounts and remove people and agency systems; removal takes effect at once.</summary>
[Collection(SystemCollection.Name)]
public sealed class PeopleAdministrationTests(SystemFixture system)
{
    private const string Password = "a long passphrase for tests";

    [Fact]
    public async Task An_operator_gives_a_person_an_account_they_sign_in_with_and_removing_it_stops_their_token()
    {
        using var operatorConsole = await system.ClientAsync("operator-console");
        var userName = $"reviewer.{Guid.NewGuid():N}"[..20];
        using var created = await operatorConsole.PostAsJsonAsync("/api/users", new
        {
            userName,
            displayName = "Alex Reid",
            email = $"{userName}@example.org",
            partnership = "northshire",
            agency = "Independent reviewer",
            roles = new[] { "reviewer" },
            password = Password,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var listed = (await operatorConsole.GetFromJsonAsync<JsonElement>("/api/users?pageSize=200")).GetProperty("items").EnumerateArray().ToArray();
        var entry = Assert.Single(listed!, u => u.GetProperty("userName").GetString() == userName);
        Assert.DoesNotContain("password", entry.GetRawText(), StringComparison.OrdinalIgnoreCase);

        using var duplicate = await operatorConsole.PostAsJsonAsync("/api/users", new
        {
            userName, displayName = "x", email = "other@example.org", agency = "x", roles = new[] { "reviewer" }, password = Password,
        });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        using var person = new People(system.App.GetEndpoint("gateway"));
        var tokens = await person.SignInAndGetTokensAsync(userName, Password);
        using var asPerson = system.App.CreateHttpClient("gateway");
        asPerson.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await asPerson.GetAsync("/api/rapid-reviews")).StatusCode);

        using var removed = await operatorConsole.DeleteAsync($"/api/users/{userName}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await asPerson.GetAsync("/api/rapid-reviews")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorConsole.DeleteAsync($"/api/users/{userName}")).StatusCode);

        using var again = new People(system.App.GetEndpoint("gateway"));
        using var authorize = await again.GetAsync(again.AuthorizePath());
        using var refused = await again.SignInAsync(authorize.Headers.Location!.ToString(), userName, Password);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task A_removed_agency_systems_token_is_refused_before_it_expires()
    {
        using var operatorConsole = await system.ClientAsync("operator-console");
        var clientId = $"eastshire-la-{Guid.NewGuid():N}"[..24];
        const string secret = "a-long-enough-secret-for-tests-only";
        using var registered = await operatorConsole.PostAsJsonAsync("/api/clients", new
        {
            clientId, clientSecret = secret, displayName = "Eastshire case system", partnership = "eastshire",
            agency = "Eastshire Council", roles = new[] { "local-authority-notifier" },
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        using var tokenResponse = await Tokens.RequestAsync(system.Anonymous, clientId, secret);
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        using var asClient = system.App.CreateHttpClient("gateway");
        asClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await asClient.GetAsync("/api/notifications")).StatusCode);

        using var removed = await operatorConsole.DeleteAsync($"/api/clients/{clientId}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await asClient.GetAsync("/api/notifications")).StatusCode);
        using var noNewToken = await Tokens.RequestAsync(system.Anonymous, clientId, secret);
        Assert.Equal(HttpStatusCode.Unauthorized, noNewToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorConsole.DeleteAsync($"/api/clients/{clientId}")).StatusCode);
    }

    [Fact]
    public async Task Platform_clients_are_not_removed_through_the_api()
    {
        using var operatorConsole = await system.ClientAsync("operator-console");
        Assert.Equal(HttpStatusCode.Conflict, (await operatorConsole.DeleteAsync("/api/clients/safeguarding-api")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await operatorConsole.DeleteAsync("/api/clients/safeguarding-web")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await operatorConsole.DeleteAsync("/api/clients/rapid-review")).StatusCode);
    }

    [Theory]
    [InlineData("""{"displayName":"x","email":"a@example.org","agency":"x","roles":["reviewer"],"password":"a long passphrase for tests"}""", "userName")]
    [InlineData("""{"userName":"has space","displayName":"x","email":"a@example.org","agency":"x","roles":["reviewer"],"password":"a long passphrase for tests"}""", "userName")]
    [InlineData("""{"userName":"u1","displayName":"x","email":"not-an-email","agency":"x","roles":["reviewer"],"password":"a long passphrase for tests"}""", "email")]
    [InlineData("""{"userName":"u2","displayName":"x","email":"u2@example.org","agency":"x","roles":["reviewer"],"password":"short"}""", "password")]
    [InlineData("""{"userName":"u3","displayName":"x","email":"u3@example.org","agency":"x","roles":["platform-service"],"password":"a long passphrase for tests"}""", "roles")]
    [InlineData("""{"userName":"u4","displayName":"x","email":"u4@example.org","agency":"x","roles":[],"password":"a long passphrase for tests"}""", "roles")]
    [InlineData("""{"userName":"u5","email":"u5@example.org","agency":"x","roles":["reviewer"],"password":"a long passphrase for tests"}""", "displayName")]
    [InlineData("""{"userName": 5""", "body")]
    public async Task Bad_accounts_are_400_problems_naming_the_field(string body, string field)
    {
        using var operatorConsole = await system.ClientAsync("operator-console");
        using var response = await operatorConsole.PostAsync("/api/users", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.DoesNotContain("a long passphrase", problem.GetRawText());
    }
}
