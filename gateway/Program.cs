using Safeguarding.Gateway;
using Safeguarding.ServiceDefaults.Security;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
// Tokens are checked with the identity service as well, so removed clients and people are turned away at once.
builder.AddSafeguardingAuthentication(introspect: true);
builder.Services.AddReverseProxy().AddSafeguardingRoutes(builder.Configuration);
builder.Services.AddAbuseLimits(builder.Configuration);
// The gateway is the edge: it believes no caller's X-Forwarded-For unless a load balancer in front
// of it is named in ForwardedHeaders:TrustedNetworks.
builder.Services.PostConfigure<ForwardedHeadersOptions>(options => TrustedProxies.Configure(options, builder.Configuration, defaults: []));

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDefaultEndpoints();
app.Use(AbuseLimits.RefuseLargeBodies);
app.UseRateLimiter();
app.MapReverseProxy(pipeline => pipeline.Use(ProxyErrors.AsServiceUnavailable)).RequireRateLimiting(AbuseLimits.PerClientPolicy);
app.MapScalarApiReference("/scalar", options =>
{
    options.WithTitle("Safeguarding API")
        // Nothing about the API leaves the platform: no fonts, telemetry, AI chat or sharing from elsewhere.
        .DisableDefaultFonts()
        .DisableTelemetry()
        .DisableAgent()
        .DisableMcp()
        .HideDeveloperTools()
        // The page offers the platform's own sign-in: OAuth 2.0 against the identity service.
        .AddPreferredSecuritySchemes([OpenApiSecurity.SchemeName])
        .AddOAuth2Authentication(OpenApiSecurity.SchemeName, scheme => scheme.WithDefaultScopes([AuthenticationExtensions.ApiScope]));
    // People sign in on the identity service's page and come back here with a code (S256 PKCE).
    if (IdentityAddresses.PublicIssuer(app.Configuration) is { } issuer)
    {
        options.AddAuthorizationCodeFlow(OpenApiSecurity.SchemeName, flow => flow
            .WithClientId(OpenApiSecurity.ReferencePageClientId)
            .WithRedirectUri(OpenApiSecurity.ReferencePageRedirect(issuer).ToString())
            .WithPkce(Pkce.Sha256));
    }

    foreach (var (service, _, title) in GatewayServices.All)
    {
        options.AddDocument(service, title, GatewayServices.OpenApiPath(service));
    }
}).AllowAnonymous();
// Without the web front end, the platform's address opens the API reference.
if (string.IsNullOrEmpty(app.Configuration["services:web:http:0"]))
{
    app.MapGet("/", () => Results.Redirect("/scalar")).ExcludeFromDescription().AllowAnonymous();
}

app.MapFallback("/api/{**rest}", () => Results.Problem(
    title: "Not found", detail: "No API answers at this path.", statusCode: StatusCodes.Status404NotFound)).AllowAnonymous();

app.Run();

/// <summary>Marks this assembly for the test host.</summary>
public partial class Program;
