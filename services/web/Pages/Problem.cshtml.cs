using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Pages;

/// <summary>
/// What went wrong, in the design system's words: a page that is not there, one that is not the
/// person's to see, the platform unavailable for now (503 with Retry-After), or a fault of ours.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ProblemModel : PageModel
{
    public string Heading { get; private set; } = "Sorry, there is a problem with the service";

    public string Explanation { get; private set; } = "Try again later.";

    public async Task<IActionResult> OnGetAsync(int? status) => await AnswerAsync(status);

    public async Task<IActionResult> OnPostAsync(int? status) => await AnswerAsync(status);

    private async Task<IActionResult> AnswerAsync(int? status)
    {
        var error = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        var refused = error as PlatformRefusedException;
        var code = refused is not null ? (int)refused.Status
            // The gateway could not be reached, or did not answer in time.
            : error is HttpRequestException || error?.GetType().Name == "TimeoutRejectedException" ? StatusCodes.Status503ServiceUnavailable
            : status ?? StatusCodes.Status500InternalServerError;
        if (refused?.Status == HttpStatusCode.Unauthorized)
        {
            // The platform no longer accepts the person's token: they sign in again.
            await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Redirect("/sign-in");
        }

        (Heading, Explanation) = code switch
        {
            404 => ("Page not found", "If you typed the web address, check it is correct. If you followed a link, the case may not be one you can see."),
            403 => ("You cannot see this page", "Your role does not give you access to it. Ask your partnership's business unit if you need it."),
            401 => ("You need to sign in", "Sign in again to carry on."),
            429 => ("Sorry, there is a problem with the service", "Too many requests were made in a short time. Wait a minute, then try again."),
            503 or 502 or 504 => ("Sorry, the service is unavailable", "Part of the platform is unavailable for now. Try again in a minute."),
            _ => (Heading, Explanation),
        };
        Response.StatusCode = code is >= 400 and < 600 ? code : StatusCodes.Status500InternalServerError;
        if (Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = ((int)(refused?.RetryAfter ?? TimeSpan.FromSeconds(5)).TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Page();
    }
}
