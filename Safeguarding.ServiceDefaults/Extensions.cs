using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Compliance.Redaction;
using OpenTelemetry;
using Safeguarding.ServiceDefaults.Compliance;
using Safeguarding.ServiceDefaults.Resilience;
using Safeguarding.ServiceDefaults.Security;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The defaults every Safeguarding service starts with, as the Aspire service-defaults template
/// lays them out: telemetry, health endpoints, service discovery and resilient HTTP clients.
/// </summary>
public static class Extensions
{
    private const string HealthEndpointPath = "/health";
    private const string AlivenessEndpointPath = "/alive";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddSafeguardingRedaction();
        // Framework request logs print whole URLs, query strings included, which may carry text a
        // caller typed about a child. Requests are observed through traces instead, whose query
        // strings the redacting processor erases.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing.EndpointMiddleware", LogLevel.Warning);
        builder.Logging.AddFilter("Yarp.ReverseProxy.Forwarder", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        // Every SQL command, every token request, every response written and every request refused
        // by a role policy (answered 403 and traced) would otherwise be a log line on the hot path.
        foreach (var category in (string[])["Microsoft.EntityFrameworkCore.Database.Command", "Microsoft.EntityFrameworkCore.Migrations",
                     "Npgsql.Command", "OpenIddict", "Polly", "Microsoft.AspNetCore.Http.Result", "Microsoft.AspNetCore.Http.HttpResults",
                     "Microsoft.AspNetCore.Authorization.DefaultAuthorizationService"])
        {
            builder.Logging.AddFilter(category, LogLevel.Warning);
        }

        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = Safeguarding.ServiceDefaults.Validation.JsonPathErrors.Rename);
        // A request that failed because PostgreSQL (or another server) is down answers 503 with
        // Retry-After, and a gRPC call Unavailable, rather than 500.
        builder.Services.AddExceptionHandler<ServerUnavailableHandler>();
        // Steps the model refuses (409), values it does not allow and bodies that cannot be read (400).
        // Binding failures are thrown in every environment so that they reach it.
        builder.Services.AddExceptionHandler<Safeguarding.ServiceDefaults.Domain.DomainProblemHandler>();
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.Configure<Grpc.AspNetCore.Server.GrpcServiceOptions>(options =>
            options.Interceptors.Add<ServerUnavailableInterceptor>());
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IPostConfigureOptions<Microsoft.Extensions.Http.HttpClientFactoryOptions>, IdentityClientResilience>();
        builder.Services.Configure<ForwardedHeadersOptions>(options => TrustedProxies.Configure(options, builder.Configuration, TrustedProxies.Loopback));
        builder.AddDevelopmentClock();
        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(SafeguardingTelemetry.MeterName))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(SafeguardingTelemetry.ActivitySourceNames)
                .AddAspNetCoreInstrumentation(options =>
                    // Health probes would drown every real trace.
                    options.Filter = context =>
                        !context.Request.Path.StartsWithSegments(HealthEndpointPath)
                        && !context.Request.Path.StartsWithSegments(AlivenessEndpointPath))
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation()
                .AddProcessor(services => new RedactingActivityProcessor(services.GetRequiredService<IRedactorProvider>())));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>
    /// Forwarded headers, authentication (a token that cannot be checked while identity is down
    /// answers 503), authorization, and the health endpoints.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Services.GetService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>() is not null)
        {
            // Both in this order here: left to the framework, authorization would be placed at the
            // start of the pipeline, ahead of an authentication placed explicitly.
            app.UseAuthentication();
            app.Use(UnavailableAuthentication.AnswerServiceUnavailable);
            app.UseAuthorization();
        }

        // Health endpoints carry no case data, and the app host polls them, so they stay open
        // in every environment (they are bound to loopback by the app host).
        app.MapHealthChecks(HealthEndpointPath).AllowAnonymous();
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains("live"),
        }).AllowAnonymous();
        return app;
    }
}
