using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Screens;

/// <summary>
/// A form that opens a case (a notification, a referral): it starts with the person's agency and
/// name, carries an <c>Idempotency-Key</c> so that pressing the button twice opens one case, and
/// goes to the new case when the platform takes it.
/// </summary>
public abstract class NewCasePageModel<TForm>(PlatformApi platform) : PageModel where TForm : class, INewCaseForm, new()
{
    [BindProperty]
    public TForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    /// <summary>Where the API takes the case, e.g. "/api/referrals".</summary>
    protected abstract string Api { get; }

    /// <summary>Where the person goes once the case is open.</summary>
    protected abstract string Opened(Guid id);

    public void OnGet() => Form.Start(User.FindFirst(ClaimNames.Agency)?.Value, User.Identity?.Name);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Form.Check(Errors);
        if (Errors.Any)
        {
            return Page();
        }

        var sent = await platform.SendAsync<CaseOpened>(HttpMethod.Post, Api, Form.ToRequest(), ct, Form.IdempotencyKey);
        if (sent.Problem is { } problem)
        {
            Errors.Add(problem, Form.Questions);
            return Page();
        }

        return Redirect(Opened(sent.Value!.Id));
    }

    /// <summary>What the front end keeps of the answer: the new case's id.</summary>
    public sealed record CaseOpened(Guid Id);
}
