using OpenIddict.Validation.AspNetCore;
using Safeguarding.Identity.Api.Apis;
using Safeguarding.Identity.Api.Infrastructure;
using Safeguarding.Identity.Api.Model;
using Safeguarding.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;
using IdentityOptions = Safeguarding.Identity.Api.Infrastructure.IdentityOptions;

namespace Safeguarding.Identity.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<IdentityDbContext>("identitydb");
        builder.Services.AddMigration<IdentityDbContext>();
        builder.Services.Configure<IdentityOptions>(builder.Configuration.GetSection("Identity"));
        // People try the API from the reference page at the platform's public address: it signs them in as a public client.
        if (IdentityAddresses.PublicIssuer(builder.Configuration) is { } publicIssuer)
        {
            builder.Services.PostConfigure<IdentityOptions>(identity =>
            {
                identity.SignInClients.Add(new Safeguarding.Identity.Api.Model.SignInClient
                {
                    ClientId = OpenApiSecurity.ReferencePageClientId, DisplayName = "API reference page",
                    RedirectUris = [OpenApiSecurity.ReferencePageRedirect(publicIssuer)],
                });
                // A front end's addresses may be given relative to the platform's public address (the web front end's are).
                foreach (var client in identity.SignInClients)
                {
                    client.RedirectUris = [.. client.RedirectUris.Select(uri => uri.IsAbsoluteUri ? uri : new Uri(publicIssuer, uri))];
                    client.PostLogoutRedirectUris = [.. client.PostLogoutRedirectUris.Select(uri => uri.IsAbsoluteUri ? uri : new Uri(publicIssuer, uri))];
                }
            });
        }

        var options = builder.Configuration.GetSection("Identity").Get<IdentityOptions>() ?? new IdentityOptions();
        // The issuer is the gateway's address (Identity:Issuer, set by the app host), where callers
        // reach the discovery document, the token and authorization endpoints and the keys; without
        // it, this service's own address.
        var issuer = options.Issuer
                     ?? builder.Configuration["Kestrel:Endpoints:http:Url"]
                     ?? builder.Configuration["ASPNETCORE_URLS"]?.Split(';')[0]
                     ?? throw new InvalidOperationException("Set Identity:Issuer (or Kestrel:Endpoints:http:Url).");

        // People's accounts: hashed passwords, lockout after repeated failures. Long passphrases
        // rather than composition rules, as the NCSC advises.
        builder.Services.AddIdentityCore<SafeguardingUser>(identity =>
            {
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<IdentityDbContext>();

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(issuer.TrimEnd('/') + "/");
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetIntrospectionEndpointUris("connect/introspect")
                    .SetEndSessionEndpointUris("connect/endsession");
                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .AllowRefreshTokenFlow()
                    .RequireProofKeyForCodeExchange();
                // S256 only: a plain challenge is the verifier itself, and protects nothing.
                server.Configure(o => o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess, IdentityOptions.ApiScope);
                server.SetAccessTokenLifetime(options.AccessTokenLifetime);
                // Keys are kept in the machine's certificate store, so tokens survive restarts;
                // a deployment supplies its own certificates instead.
                server.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
                // Access tokens are signed JWTs that every service validates with the published keys.
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    // TLS ends in front of the platform; the services talk plain HTTP on loopback.
                    .DisableTransportSecurityRequirement();
            })
            // The identity service's own API (clients and people) accepts the tokens it issues, and
            // checks each against the token store, so a removed client's or person's token is refused here too.
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.EnableTokenEntryValidation();
                validation.AddAudiences(AuthenticationExtensions.Audience);
                validation.UseAspNetCore().DisableAccessTokenExtractionFromBodyForm().DisableAccessTokenExtractionFromQueryString();
            });
        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .AddCookie(SignInPage.Scheme, cookie =>
            {
                cookie.LoginPath = SignInPage.Path;
                cookie.Cookie.Name = "safeguarding.signin";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = options.SignInLifetime;
                cookie.SlidingExpiration = false;
            });
        builder.Services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = "safeguarding.antiforgery");
        builder.Services.AddAuthorization(Policies.Add);
        builder.Services.AddHostedService<IdentitySeeder>();
        builder.Services.AddSafeguardingOpenApi(builder.Configuration);
        builder.Services.AddValidation();
    }
}
