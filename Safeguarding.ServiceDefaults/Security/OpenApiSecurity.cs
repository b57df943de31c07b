using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Safeguarding.ServiceDefaults.Security;

/// <summary>
/// The service's OpenAPI document (3.1) declares how to get a token: the OAuth 2.0 scheme with the
/// client credentials flow (agency systems) and the authorization code flow (people, through a
/// front end, with PKCE), at the platform's public token and authorization addresses; and, on every
/// operation that needs one, the requirement for a token with the API scope. The reference page
/// reads both, so it can get a token and call an endpoint.
/// </summary>
public static class OpenApiSecurity
{
    public const string SchemeName = "oauth2";

    /// <summary>The public client the API reference page signs people in as (authorization code with S256 PKCE).</summary>
    public const string ReferencePageClientId = "api-reference";

    /// <summary>Where the identity service sends a person back to the reference page with their code.</summary>
    public static Uri ReferencePageRedirect(Uri issuer) => new(issuer, "scalar/");

    public static IServiceCollection AddSafeguardingOpenApi(this IServiceCollection services, IConfiguration configuration)
    {
        var issuer = IdentityAddresses.PublicIssuer(configuration);
        return services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                if (issuer is null)
                {
                    return Task.CompletedTask;
                }

                var scopes = new Dictionary<string, string> { [AuthenticationExtensions.ApiScope] = "Call the Safeguarding APIs" };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.OAuth2,
                    Description = "Tokens from the platform's identity service. Agency systems use client credentials; people sign in through a front end (authorization code with S256 PKCE).",
                    Flows = new OpenApiOAuthFlows
                    {
                        ClientCredentials = new OpenApiOAuthFlow { TokenUrl = new Uri(issuer, "connect/token"), Scopes = scopes },
                        AuthorizationCode = new OpenApiOAuthFlow
                        {
                            AuthorizationUrl = new Uri(issuer, "connect/authorize"),
                            TokenUrl = new Uri(issuer, "connect/token"),
                            Scopes = scopes,
                        },
                    },
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                // Everything needs a token unless it says otherwise (the fallback policy).
                if (issuer is not null && !metadata.OfType<IAllowAnonymous>().Any())
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement
                    {
                        [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [AuthenticationExtensions.ApiScope],
                    });
                }

                return Task.CompletedTask;
            });
        });
    }
}
