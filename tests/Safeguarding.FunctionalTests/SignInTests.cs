using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Safeguarding.FunctionalTests;

/// <summary>People sign in with authorization code and PKCE, through the gateway, on the identity service's page.</summary>
[Collection(SystemCollection.Name)]
public sealed class SignInTests(SystemFixture system)
{
    [Fact]
    public async Task A_chair_signs_in_and_gets_a_token_for_their_partnership_and_role_that_the_services_accept()
    {
        using var person = new People(system.App.GetEndpoint("gateway"));

        using var authorize = await person.GetAsync(person.AuthorizePath());
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        Assert.StartsWith("/account/sign-in", authorize.Headers.Location!.PathAndQuery);
        Assert.Equal(system.App.GetEndpoint("gateway").Authority, authorize.Headers.Location.Authority);

        var tokens = await person.SignInAndGetTokensAsync("helen.marsh", "dev-only-helen.marsh-password");
        var access = People.Payload(tokens.GetProperty("access_token").GetString()!);
        Assert.Equal("northshire", access.GetProperty("partnership").GetString());
        Assert.Equal("independent-chair", access.GetProperty("role").GetString());
        Assert.Equal("Dr Helen Marsh", access.GetProperty("name").GetString());
        Assert.Equal("helen.marsh", access.GetProperty("preferred_username").GetString());
        Assert.Equal("safeguarding-api", access.GetProperty("aud").GetString());
        var id = People.Payload(tokens.GetProperty("id_token").GetString()!);
        Assert.Equal(access.GetProperty("sub").GetString(), id.GetProperty("sub").GetString());

        using var gateway = system.App.CreateHttpClient("gateway");
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        using var reviews = await gateway.GetAsync("/api/rapid-reviews");
        Assert.Equal(HttpStatusCode.OK, reviews.StatusCode);
        // A chair does not notify: the role decides, whoever signs in.
        using var notify = await gateway.PostAsJsonAsync("/api/notifications", Notifications.Valid());
        Assert.Equal(HttpStatusCode.Forbidden, notify.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_person_is_not_asked_again_and_prompt_none_without_sign_in_is_an_error_for_the_front_end()
    {
        using var person = new People(system.App.GetEndpoint("gateway"));
        using var silent = await person.GetAsync(person.AuthorizePath() + "&prompt=none");
        Assert.Equal(HttpStatusCode.Redirect, silent.StatusCode);
        Assert.Equal("login_required", People.Query(silent.Headers.Location!)["error"]);

        await person.SignInAndGetTokensAsync("priya.shah", "dev-only-priya.shah-password");
        using var again = await person.GetAsync(person.AuthorizePath());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith(People.RedirectUri + "?", again.Headers.Location!.ToString());
        Assert.True(People.Query(again.Headers.Location).ContainsKey("code"));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_on_the_page_without_saying_which_part_was_wrong()
    {
        using var person = new People(system.App.GetEndpoint("gateway"));
        using var authorize = await person.GetAsync(person.AuthorizePath());
        var signInPage = authorize.Headers.Location!.ToString();

        using var wrong = await person.SignInAsync(signInPage, "tom.fielding", "not-the-password-at-all");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var wrongPage = await wrong.Content.ReadAsStringAsync();
        using var unknown = await person.SignInAsync(signInPage, "nobody.here", "not-the-password-at-all");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("The user name or password is not right", wrongPage);
        Assert.Contains("The user name or password is not right", await unknown.Content.ReadAsStringAsync());
        using var empty = await person.SignInAsync(signInPage, "", "");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);

        // Still not signed in.
        using var retry = await person.GetAsync(person.AuthorizePath());
        Assert.StartsWith("/account/sign-in", retry.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_sign_in_form_needs_its_anti_forgery_token_and_returns_only_to_this_site()
    {
        using var person = new People(system.App.GetEndpoint("gateway"));
        using var forged = await person.PostFormAsync("/account/sign-in", new()
        {
            ["userName"] = "priya.shah", ["password"] = "dev-only-priya.shah-password", ["returnUrl"] = "/connect/authorize",
        });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        using var elsewhere = await person.SignInAsync("/account/sign-in", "priya.shah", "dev-only-priya.shah-password",
            returnUrl: "https://attacker.example/steal");
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.Equal("/account/signed-in", elsewhere.Headers.Location!.ToString());
        using var protocolRelative = await person.SignInAsync("/account/sign-in", "priya.shah", "dev-only-priya.shah-password",
            returnUrl: "//attacker.example/steal");
        Assert.Equal("/account/signed-in", protocolRelative.Headers.Location!.ToString());
        foreach (var disguised in (string[])["/\t/attacker.example", "/\n/attacker.example", "/\\attacker.example", "/ /attacker.example"])
        {
            using var offSite = await person.SignInAsync("/account/sign-in", "priya.shah", "dev-only-priya.shah-password", returnUrl: disguised);
            Assert.Equal("/account/signed-in", offSite.Headers.Location!.ToString());
        }

        // As the address has it: the page itself does not carry the address into its form.
        using var page = await person.GetAsync("/account/sign-in?returnUrl=/%09/evil.example");
        Assert.DoesNotContain("evil.example", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Authorization_requests_without_PKCE_with_a_plain_challenge_or_to_an_unregistered_address_are_refused()
    {
        using var person = new People(system.App.GetEndpoint("gateway"));
        using var noPkce = await person.GetAsync(person.AuthorizePath(challenge: null));
        Assert.Equal(HttpStatusCode.BadRequest, noPkce.StatusCode);
        Assert.Contains("code_challenge", await noPkce.Content.ReadAsStringAsync());

        // A plain challenge is the verifier itself: only S256 is offered.
        using var plain = await person.GetAsync(person.AuthorizePath().Replace("code_challenge_method=S256", "code_challenge_method=plain", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        Assert.Contains("code_challenge_method", await plain.Content.ReadAsStringAsync());

        using var elsewhere = await person.GetAsync(person.AuthorizePath(redirectUri: "https://attacker.example/callback"));
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Null(elsewhere.Headers.Location);
    }

    [Fact]
    public async Task A_code_is_exchanged_only_with_its_verifier_and_only_once()
    {
        using var person = new People(system.App.GetEndpoint("gateway"));
        using var authorize = await person.GetAsync(person.AuthorizePath());
        using var signedIn = await person.SignInAsync(authorize.Headers.Location!.ToString(), "priya.shah", "dev-only-priya.shah-password");
        using var callback = await person.GetAsync(signedIn.Headers.Location!.ToString());
        var code = People.Query(callback.Headers.Location!)["code"];

        using var wrongVerifier = await person.ExchangeAsync(code, "a-verifier-that-does-not-match-the-challenge-at-all");
        Assert.Equal(HttpStatusCode.BadRequest, wrongVerifier.StatusCode);
        Assert.Equal("invalid_grant", (await wrongVerifier.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());

        using var right = await person.ExchangeAsync(code, person.Verifier);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);

        using var replay = await person.ExchangeAsync(code, person.Verifier);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal("invalid_grant", (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }
}
