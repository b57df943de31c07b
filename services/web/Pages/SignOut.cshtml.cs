using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Client.AspNetCore;
using static OpenIddict.Client.AspNetCore.OpenIddictClientAspNetCoreConstants;

namespace Safeguarding.Web.Pages;

/// <summary>Signs the person out here and at the identity service, which then sends the browser back to <c>/signed-out</c>.</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        var session = await HttpContext.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (session.Properties?.GetTokenValue(Tokens.BackchannelIdentityToken) is not { } identityToken)
        {
            return RedirectToPage("/SignedOut");
        }

        return SignOut(new AuthenticationProperties(new Dictionary<string, string?> { [Properties.IdentityTokenHint] = identityToken }),
            OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
    }
}
