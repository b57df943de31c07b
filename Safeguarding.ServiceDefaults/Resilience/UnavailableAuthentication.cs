using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Safeguarding.ServiceDefaults.Resilience;

/// <summary>
/// A token that could not be checked because the identity service is down (or its database is) is
/// not a bad token: the caller gets <c>503</c> with <c>Retry-After</c>, not <c>400</c> or <c>500</c>,
/// and keeps its token.
/// </summary>
internal static class UnavailableAuthentication
{
    public static async Task AnswerServiceUnavailable(HttpContext context, Func<Task> next)
    {
        // Runs after the authentication middleware: the handler gives back the result it already
        // reached for this request, without checking the token again.
        if (context.Request.Headers.Authorization.Count > 0 && context.User.Identity?.IsAuthenticated != true)
        {
            var result = await context.AuthenticateAsync();
            if (result.Failure is not null
                && result.Properties?.Items.TryGetValue(OpenIddictValidationAspNetCoreConstants.Properties.Error, out var error) == true
                && error is Errors.TemporarilyUnavailable or Errors.ServerError)
            {
                await ServiceUnavailable.WriteAsync(context,
                    "The token could not be checked: the identity service is unavailable. Retry after the time in Retry-After.");
                return;
            }
        }

        await next();
    }
}
