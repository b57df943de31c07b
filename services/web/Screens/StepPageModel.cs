using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Screens;

/// <summary>
/// One step of a case on a page of its own: the case it is for (read for the heading), the form,
/// and on sending, the platform's answer. A step done goes back to the case with a confirmation;
/// one the platform refuses shows its problems on the form.
/// </summary>
public abstract class StepPageModel<TForm, TCase>(PlatformApi platform) : PageModel where TForm : class, IStepForm, new()
{
    [BindProperty]
    public TForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public TCase Case { get; private set; } = default!;

    /// <summary>The case's address in the API, e.g. "/api/rapid-reviews".</summary>
    protected abstract string Api { get; }

    /// <summary>The case's page, e.g. "/rapid-reviews".</summary>
    protected abstract string Screen { get; }

    /// <summary>The step's address under the case in the API, e.g. "meeting".</summary>
    protected abstract string Step { get; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Case = await platform.GetAsync<TCase>($"{Api}/{id}", ct);
        Prepare();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Form.Check(Errors);
        if (!Errors.Any)
        {
            var sent = await platform.SendAsync<object>(HttpMethod.Post, $"{Api}/{id}/{Step}", Form.ToRequest(), ct);
            if (sent.Problem is null)
            {
                return Redirect($"{Screen}/{id}?done={Uri.EscapeDataString(Step)}");
            }

            Errors.Add(sent.Problem, Form.Questions);
        }

        Case = await platform.GetAsync<TCase>($"{Api}/{id}", ct);
        return Page();
    }

    /// <summary>Answers the form starts with, such as the person's own agency.</summary>
    protected virtual void Prepare()
    {
    }
}
