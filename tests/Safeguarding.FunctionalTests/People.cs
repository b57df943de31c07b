using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// A person signing in as a browser would, through the gateway: authorization request with a PKCE
/// challenge, the sign-in page, the code sent to the front end's address, and the token exchange.
/// </summary>
internal sealed partial class People : IDisposable
{
    public const string WebClient = "safeguarding-web";
    public const string RedirectUri = "http://localhost:5173/signin-callback";

    private readonly HttpClient _browser;

    public People(Uri gateway)
    {
        _browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = gateway,
        };
    }

    public string Verifier { get; } = Base64Url(RandomNumberGenerator.GetBytes(32));

    public string Challenge => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));

    public string AuthorizePath(string? challenge = "", string redirectUri = RedirectUri, string scope = "openid profile safeguarding") =>
        "/connect/authorize?" + string.Join("&", new Dictionary<string, string?>
        {
            ["client_id"] = WebClient,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri,
            ["scope"] = scope,
            ["state"] = "state-1",
            ["code_challenge"] = challenge == "" ? Challenge : challenge,
            ["code_challenge_method"] = challenge is null ? null : "S256",
        }.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));

    public Task<HttpResponseMessage> GetAsync(string pathOrUri) => _browser.GetAsync(pathOrUri);

    /// <summary>Fills in and submits the sign-in page the authorization request led to.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string signInPage, string userName, string password, string? returnUrl = null)
    {
        var page = await _browser.GetStringAsync(signInPage);
        var fields = HiddenField().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["userName"] = userName;
        fields["password"] = password;
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        return await _browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(fields));
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields) =>
        _browser.PostAsync(path, new FormUrlEncodedContent(fields));

    /// <summary>The whole journey: returns the token response of a person who signs in successfully.</summary>
    public async Task<JsonElement> SignInAndGetTokensAsync(string userName, string password)
    {
        using var authorize = await GetAsync(AuthorizePath());
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        using var signedIn = await SignInAsync(authorize.Headers.Location!.ToString(), userName, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var code = await GetAsync(signedIn.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        var callback = code.Headers.Location!;
        Assert.StartsWith(RedirectUri, callback.ToString());
        using var tokens = await ExchangeAsync(Query(callback)["code"], Verifier);
        Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);
        return await tokens.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> ExchangeAsync(string code, string verifier) => PostFormAsync("/connect/token", new()
    {
        ["grant_type"] = "authorization_code",
        ["client_id"] = WebClient,
        ["code"] = code,
        ["redirect_uri"] = RedirectUri,
        ["code_verifier"] = verifier,
    });

    public static Dictionary<string, string> Query(Uri uri) => uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2))
        .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : ""));

    public static JsonElement Payload(string jwt)
    {
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        part = part.PadRight(part.Length + (4 - part.Length % 4) % 4, '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(part))).RootElement;
    }

    public void Dispose() => _browser.Dispose();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex HiddenField();
}
