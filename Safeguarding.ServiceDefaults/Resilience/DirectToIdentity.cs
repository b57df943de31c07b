using Safeguarding.ServiceDefaults.Security;

namespace Safeguarding.ServiceDefaults.Resilience;

/// <summary>Sends requests for the public issuer's address to the identity service directly.</summary>
internal sealed class DirectToIdentity(IdentityAddresses identity) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } requested)
        {
            request.RequestUri = identity.Route(requested);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
