using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Safeguarding.Web.Pages;

/// <summary>After signing out, or after a session timed out (the page's script comes here when it ends).</summary>
public sealed class SignedOutModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "timed-out")]
    public bool TimedOut { get; set; }

    public async Task OnGetAsync()
    {
        if (TimedOut)
        {
            await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
