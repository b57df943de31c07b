using System.Net;

namespace Safeguarding.Web.Platform;

/// <summary>
/// The platform answered a page's read with something other than what the page needs: the page
/// ends and the person sees why (<c>/problem</c>): not signed in any more, not theirs to see, not
/// found, or the platform unavailable for now. The message carries the status only, never a case's detail.
/// </summary>
public sealed class PlatformRefusedException(HttpStatusCode status, TimeSpan? retryAfter)
    : Exception($"The platform answered {(int)status}.")
{
    public HttpStatusCode Status { get; } = status;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    public static void ThrowUnless(HttpResponseMessage response, params HttpStatusCode[] expected)
    {
        if (!expected.Contains(response.StatusCode))
        {
            throw new PlatformRefusedException(response.StatusCode, response.Headers.RetryAfter?.Delta);
        }
    }
}
