using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.ServiceDefaults.Resilience;

/// <summary>
/// The HTTP clients OpenIddict uses to reach the identity service (introspection, keys, service
/// tokens) get one brief retry of a failed connection and nothing else. Their own default (four
/// retries, 2 s doubling) and the standard resilience handler every other client has would hold a
/// request for half a minute while identity is down, where it must answer 503 at once. Their
/// requests to the public issuer's address go to the identity service directly.
/// </summary>
internal sealed class IdentityClientResilience(IServiceProvider services) : IPostConfigureOptions<HttpClientFactoryOptions>
{
    private static readonly ResiliencePipeline<HttpResponseMessage> Brief = new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 1,
            Delay = TimeSpan.FromMilliseconds(100),
            BackoffType = DelayBackoffType.Constant,
            UseJitter = false,
            // A refused connection (a restart in progress) is worth one more try; an answer is final.
            ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome.Exception is HttpRequestException),
        })
        // Long enough for a freshly started identity service's first answers on a loaded machine; a
        // stopped one refuses the connection at once, so an outage is still a 503 without delay.
        .AddTimeout(TimeSpan.FromSeconds(5))
        .Build();

    public void PostConfigure(string? name, HttpClientFactoryOptions options)
    {
        if (name is null || !name.StartsWith("OpenIddict.", StringComparison.Ordinal))
        {
            return;
        }

        var identity = services.GetService<IdentityAddresses>();
        options.HttpMessageHandlerBuilderActions.Add(builder =>
        {
            foreach (var standard in builder.AdditionalHandlers.OfType<ResilienceHandler>().ToList())
            {
                builder.AdditionalHandlers.Remove(standard);
            }

            builder.AdditionalHandlers.Add(new ResilienceHandler(Brief));
            if (identity is not null)
            {
                builder.AdditionalHandlers.Add(new DirectToIdentity(identity));
            }
        });
    }
}
