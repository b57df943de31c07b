using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OpenIddict.Validation.AspNetCore;

namespace Safeguarding.ServiceDefaults.Security;

public static class AuthenticationExtensions
{
    public const string Audience = "safeguarding-api";

    /// <summary>The scope agency systems, front ends and services ask for to call the Safeguarding APIs.</summary>
    public const string ApiScope = "safeguarding";

    /// <summary>
    /// Every service validates bearer tokens itself: issued by the public issuer (<c>Identity:Issuer</c>),
    /// signed with the keys the identity service publishes (read from it directly, see
    /// <see cref="IdentityAddresses"/>), for the API audience, and not expired.
    /// With <paramref name="introspect"/> (the gateway) each token is also checked with the identity
    /// service, using this service's own credentials (<c>Identity:ClientId</c>/<c>Identity:ClientSecret</c>),
    /// so a token of a removed client or person is refused before its expiry.
    /// </summary>
    public static TBuilder AddSafeguardingAuthentication<TBuilder>(this TBuilder builder, bool introspect = false) where TBuilder : IHostApplicationBuilder
    {
        var identity = IdentityAddresses.From(builder.Configuration);
        builder.Services.TryAddSingleton(identity);
        builder.Services.AddOpenIddict().AddValidation(validation =>
        {
            validation.SetIssuer(identity.Issuer);
            if (introspect)
            {
                var credentials = ServiceCredentials.From(builder.Configuration);
                validation.UseIntrospection().SetClientId(credentials.ClientId).SetClientSecret(credentials.ClientSecret);
            }

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
