using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Safeguarding.Web.Pages;

/// <summary>
/// After signing out, or after a session timed out (the page's script comes here once the server
/// says the session has ended; the page itself ends nothing, so no link can sign anyone out).
/// </summary>
public sealed class SignedOutModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "timed-out")]
    public bool TimedOut { get; set; }

    public void OnGet()
    {
    }
}
