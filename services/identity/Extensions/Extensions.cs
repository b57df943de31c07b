using OpenIddict.Validation.AspNetCore;
using Safeguarding.Identity.Api.Infrastructure;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.Identity.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<IdentityDbContext, IHostApplicationBuilder>("identitydb");
        builder.Services.AddMigration<IdentityDbContext>();
        builder.Services.Configure<IdentityOptions>(builder.Configuration.GetSection("Identity"));
        var options = builder.Configuration.GetSection("Identity").Get<IdentityOptions>() ?? new IdentityOptions();
        // The issuer is this service's own address as the other services reach it, so that they
        // can read its discovery document and keys directly.
        var issuer = options.Issuer
                     ?? builder.Configuration["ASPNETCORE_URLS"]?.Split(';')[0]
                     ?? throw new InvalidOperationException("Set Identity:Issuer (or ASPNETCORE_URLS).");

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(issuer.TrimEnd('/') + "/");
                server.SetTokenEndpointUris("connect/token");
                server.AllowClientCredentialsFlow();
                server.RegisterScopes(IdentityOptions.ApiScope);
                server.SetAccessTokenLifetime(options.AccessTokenLifetime);
                // Keys are kept in the machine's certificate store, so tokens survive restarts;
                // a deployment supplies its own certificates instead.
                server.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
                // Access tokens are signed JWTs that every service validates with the published keys.
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    // TLS ends in front of the platform; the services talk plain HTTP on loopback.
                    .DisableTransportSecurityRequirement();
            })
            // The identity service's own API (client registration) accepts the tokens it issues.
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.AddAudiences(AuthenticationExtensions.Audience);
                validation.UseAspNetCore().DisableAccessTokenExtractionFromBodyForm().DisableAccessTokenExtractionFromQueryString();
            });
        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        builder.Services.AddAuthorization(Policies.Add);
        builder.Services.AddHostedService<ClientSeeder>();
        builder.Services.AddOpenApi();
    }
}
