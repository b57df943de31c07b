using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Playwright;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// The API reference page at the gateway, in a real browser (Debian's Chromium through Playwright),
/// as an agency's integration developer uses it: get a token with the flow the documents declare,
/// then try an endpoint with it.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ApiReferenceBrowserTests(SystemFixture system)
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    [Fact]
    public async Task The_reference_page_gets_a_token_with_client_credentials_and_calls_an_endpoint_with_it()
    {
        using var posted = await system.Gateway.PostAsJsonAsync("/api/notifications", Notifications.Valid());
        Assert.Equal(System.Net.HttpStatusCode.Created, posted.StatusCode);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        var elsewhere = new List<string>();
        var gateway = system.Issuer.TrimEnd('/');
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(gateway, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };

        await page.GotoAsync($"{gateway}/scalar/#serious-incident-notifications-and-referrals/tag/serious-incident-notifications/GET/api/notifications");

        // The oauth2 scheme is chosen already, with the token address from the document.
        await Assertions.Expect(page.GetByText($"{gateway}/connect/token").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Client ID" }).First.ClickAsync();
        await page.Keyboard.TypeAsync("northshire-business-unit");
        await page.GetByLabel("Client Secret").First.FillAsync("dev-only-northshire-business-unit-secret");
        var token = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Authorize" }).First.ClickAsync(),
            response => response.Url == $"{gateway}/connect/token");
        Assert.Equal(200, token.Status);

        await page.GetByRole(AriaRole.Button, new() { Name = "Test Request (get /api/notifications)" }).ClickAsync();
        var called = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Send" }).First.ClickAsync(),
            response => response.Url.StartsWith($"{gateway}/api/notifications", StringComparison.Ordinal));

        Assert.Equal(200, called.Status);
        var body = JsonDocument.Parse(await called.TextAsync()).RootElement;
        Assert.True(body.GetProperty("total").GetInt32() >= 1);

        // The call carried the token the page was just given: the business manager's, from the platform's issuer.
        var authorization = await called.Request.HeaderValueAsync("authorization");
        Assert.StartsWith("Bearer ", authorization);
        var jwt = new JsonWebToken(authorization!["Bearer ".Length..]);
        Assert.Equal(system.Issuer, jwt.Issuer);
        Assert.Equal("northshire-business-unit", jwt.Subject);

        // The page asks nothing of anywhere else: no fonts, telemetry or AI service outside the platform.
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task A_person_signs_in_from_the_reference_page_with_authorization_code_and_PKCE_and_calls_an_endpoint()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        var gateway = system.Issuer.TrimEnd('/');
        await page.GotoAsync($"{gateway}/scalar/#serious-incident-notifications-and-referrals/tag/serious-incident-notifications/GET/api/notifications");

        await page.GetByText("authorizationCode").First.ClickAsync();
        var signIn = await page.RunAndWaitForPopupAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Authorize" }).First.ClickAsync());
        await signIn.GetByLabel("User name").FillAsync("priya.shah");
        await signIn.GetByLabel("Password").FillAsync("dev-only-priya.shah-password");
        var token = await page.RunAndWaitForResponseAsync(
            () => signIn.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
            response => response.Url == $"{gateway}/connect/token");
        Assert.Equal(200, token.Status);

        await page.GetByRole(AriaRole.Button, new() { Name = "Test Request (get /api/notifications)" }).ClickAsync();
        var called = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Send" }).First.ClickAsync(),
            response => response.Url.StartsWith($"{gateway}/api/notifications", StringComparison.Ordinal));

        Assert.Equal(200, called.Status);
        // The call carried the person's own token: their name and role, from the platform's issuer.
        var jwt = new JsonWebToken((await called.Request.HeaderValueAsync("authorization"))!["Bearer ".Length..]);
        Assert.Equal(system.Issuer, jwt.Issuer);
        Assert.Equal("Priya Shah", jwt.GetPayloadValue<string>("name"));
    }
}
