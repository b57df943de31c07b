using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Safeguarding.Gateway.Tests;

/// <summary>
/// The gateway in front of a small HTTP server standing in for the notification service, and a
/// closed port standing in for a rapid-review service that is down.
/// </summary>
public sealed class GatewayTests : IAsyncLifetime
{
    private WebApplication _backend = null!;
    private WebApplicationFactory<Program> _gateway = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _backend = builder.Build();
        _backend.MapGet("/api/notifications/{**rest}", (HttpRequest r) => Results.Json(new
        {
            path = r.Path.Value,
            traceparent = r.Headers.TraceParent.ToString(),
            forwardedHost = r.Headers["X-Forwarded-Host"].ToString(),
        }));
        _backend.MapGet("/openapi/v1.json", () => Results.Json(new { openapi = "3.1.1", paths = new { } }));
        await _backend.StartAsync();
        var backendUrl = _backend.Urls.First();

        _gateway = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("services:notification:http:0", backendUrl);
            web.UseSetting("services:rapid-review:http:0", "http://127.0.0.1:1");
            web.UseSetting("services:identity:http:0", "http://127.0.0.1:2");
            web.UseSetting("Identity:ClientId", "safeguarding-api");
            web.UseSetting("Identity:ClientSecret", "gateway-tests-secret");
            web.ConfigureTestServices(services => services
                .AddAuthentication(o =>
                {
                    o.DefaultScheme = TestAuthenticationHandler.SchemeName;
                    o.DefaultAuthenticateScheme = TestAuthenticationHandler.SchemeName;
                    o.DefaultChallengeScheme = TestAuthenticationHandler.SchemeName;
                })
                .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, _ => { }));
        });
    }

    private HttpClient Authenticated()
    {
        var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", TestAuthenticationHandler.SchemeName);
        return client;
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _backend.DisposeAsync();
    }

    [Fact]
    public async Task Api_paths_are_forwarded_unchanged_with_the_trace_context()
    {
        using var client = Authenticated();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications/abc?x=1");
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        using var response = await client.SendAsync(request);
        var echoed = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/api/notifications/abc", echoed.GetProperty("path").GetString());
        Assert.Contains(traceId, echoed.GetProperty("traceparent").GetString());
        Assert.False(string.IsNullOrEmpty(echoed.GetProperty("forwardedHost").GetString()));
    }

    [Fact]
    public async Task A_service_that_is_down_gives_503_with_retry_after()
    {
        using var client = Authenticated();
        using var response = await client.GetAsync("/api/rapid-reviews");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("rapid-review", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Unknown_api_paths_and_services_without_an_address_are_404_problems()
    {
        using var client = Authenticated();
        foreach (var path in new[] { "/api/unknown", "/api/publications/1" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Only_a_document_upload_may_be_larger_than_1_MiB_and_then_up_to_10_MiB_with_its_form()
    {
        using var client = Authenticated();
        var id = Guid.NewGuid();
        async Task<HttpStatusCode> PostAsync(string path, int bytes, bool multipart)
        {
            var body = new ByteArrayContent(new byte[bytes]);
            body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(multipart ? "multipart/form-data" : "application/json");
            if (multipart)
            {
                body.Headers.ContentType.Parameters.Add(new System.Net.Http.Headers.NameValueHeaderValue("boundary", "b"));
            }

            using var response = await client.PostAsync(path, body);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await PostAsync($"/api/rapid-reviews/{id}/meeting", 2 * 1024 * 1024, multipart: false));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await PostAsync($"/api/rapid-reviews/{id}/meeting/papers", 2 * 1024 * 1024, multipart: false));
        // Forwarded to the service (down in these tests), not refused at the door.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await PostAsync($"/api/rapid-reviews/{id}/meeting/papers", 10 * 1024 * 1024 + 1, multipart: true));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await PostAsync($"/api/rapid-reviews/{id}/meeting/papers", 11 * 1024 * 1024, multipart: true));
    }

    [Fact]
    public async Task Api_calls_without_a_token_are_turned_away_before_reaching_a_service()
    {
        using var client = _gateway.CreateClient();
        using var response = await client.GetAsync("/api/notifications/abc");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Each_service_document_is_published_under_its_name_and_the_root_leads_to_the_reference()
    {
        using var client = _gateway.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/notification.json");
        Assert.Equal("3.1.1", document.GetProperty("openapi").GetString());

        using var root = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/scalar", root.Headers.Location?.OriginalString);
    }
}
