using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Validation.AspNetCore;

namespace Safeguarding.ServiceDefaults.Security;

public static class AuthenticationExtensions
{
    public const string Audience = "safeguarding-api";

    /// <summary>
    /// Every service validates bearer tokens itself, against the identity service it references
    /// (<c>services:identity:http:0</c>): signature from the published keys, issuer, audience and lifetime.
    /// </summary>
    public static TBuilder AddSafeguardingAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var issuer = builder.Configuration["services:identity:http:0"]
                     ?? throw new InvalidOperationException("services:identity:http:0 is missing: reference the identity service.");
        builder.Services.AddOpenIddict().AddValidation(validation =>
        {
            validation.SetIssuer(issuer.TrimEnd('/') + "/");
            validation.AddAudiences(Audience);
            validation.UseSystemNetHttp();
            // Tokens travel only in the Authorization header: reading a form body to look for one
            // would consume request bodies (the gateway forwards them untouched) and invite tokens in URLs.
            validation.UseAspNetCore()
                .DisableAccessTokenExtractionFromBodyForm()
                .DisableAccessTokenExtractionFromQueryString();
        });
        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        builder.Services.AddAuthorization(Policies.Add);
        return builder;
    }
}
