using Microsoft.AspNetCore.Authentication.Cookies;
using OpenIddict.Client;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.SignIn;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.Web.Extensions;

public static class PersonSignInExtensions
{
    /// <summary>
    /// People sign in at the identity service (authorization code with S256 PKCE, as the public
    /// client <c>safeguarding-web</c>) and come back to <c>/signin-callback</c> at the platform's
    /// public address. The browser then holds only a session cookie: the person's tokens stay in
    /// this service's memory (<see cref="ServerSideSessions"/>), and every call to the platform
    /// goes through the gateway with the person's own access token.
    /// </summary>
    public static WebApplicationBuilder AddPersonSignIn(this WebApplicationBuilder builder)
    {
        // Everything the sign-in asks of the identity service goes through the gateway, where the
        // browser reaches it too: the discovery document then names the public endpoints.
        var issuer = IdentityAddresses.PublicIssuer(builder.Configuration)
                     ?? throw new InvalidOperationException("Set Identity:Issuer: the platform's public address, where people sign in.");
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<ServerSideSessions>();
        builder.Services.AddSingleton<TokenRefresh>();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "safeguarding.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.LoginPath = SignInEndpoints.SignInPath;
                cookie.AccessDeniedPath = "/problem/403";
                // A session ends after 20 idle minutes; each page warns before that (see _Layout).
                cookie.ExpireTimeSpan = SessionTimeout.Idle;
                cookie.SlidingExpiration = true;
                cookie.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<TokenRefresh>().KeepFreshAsync(context);
                // Every request but the pages' own question about the session starts its idle time again,
                // so the time the page counts down is the time the session has.
                cookie.Events.OnCheckSlidingExpiration = context =>
                {
                    context.ShouldRenew = !context.HttpContext.Request.Path.StartsWithSegments(SessionEndpoints.StatusPath);
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<ServerSideSessions>((cookie, sessions) => cookie.SessionStore = sessions);
        builder.Services.AddOpenIddict().AddClient(client =>
        {
            client.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow();
            // What the client signs or encrypts (the state of a sign-in in progress) lives only as long as the process.
            client.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            client.DisableTokenStorage();
            client.UseAspNetCore()
                .EnableRedirectionEndpointPassthrough()
                .EnablePostLogoutRedirectionEndpointPassthrough()
                // TLS ends in front of the platform; the services talk plain HTTP on loopback.
                .DisableTransportSecurityRequirement();
            client.SetRedirectionEndpointUris(SignInEndpoints.CallbackPath.TrimStart('/'))
                .SetPostLogoutRedirectionEndpointUris(SignInEndpoints.SignedOutCallbackPath.TrimStart('/'));
            client.UseSystemNetHttp();
            client.AddRegistration(new OpenIddictClientRegistration
            {
                Issuer = issuer,
                ClientId = "safeguarding-web",
                RedirectUri = new Uri(issuer, SignInEndpoints.CallbackPath.TrimStart('/')),
                PostLogoutRedirectUri = new Uri(issuer, SignInEndpoints.SignedOutCallbackPath.TrimStart('/')),
                Scopes = { Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess, AuthenticationExtensions.ApiScope },
            });
        });
        builder.Services.AddAuthorization();
        return builder;
    }
}
