using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.Web.Platform;
using Safeguarding.Web.Screens;

namespace Safeguarding.Web.Pages.RapidReviews.Steps;

/// <summary>
/// One step of a rapid review on a page of its own: the review it is for (read once, for the
/// heading), the form, and on sending, the platform's answer. A step done goes back to the review
/// with a confirmation; one the platform refuses shows its problems on the form.
/// </summary>
public abstract class StepPageModel<TForm>(PlatformApi platform) : PageModel where TForm : class, IStepForm, new()
{
    [BindProperty]
    public TForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public RapidReviewCase Review { get; private set; } = null!;

    /// <summary>The step's address under the review in the API, e.g. "meeting".</summary>
    protected abstract string Step { get; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Review = await platform.GetAsync<RapidReviewCase>($"/api/rapid-reviews/{id}", ct);
        Prepare();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Form.Check(Errors);
        if (!Errors.Any)
        {
            var sent = await platform.SendAsync<object>(HttpMethod.Post, $"/api/rapid-reviews/{id}/{Step}", Form.ToRequest(), ct);
            if (sent.Problem is null)
            {
                return Redirect($"/rapid-reviews/{id}?done={Step}");
            }

            Errors.Add(sent.Problem, Form.Questions);
        }

        Review = await platform.GetAsync<RapidReviewCase>($"/api/rapid-reviews/{id}", ct);
        return Page();
    }

    /// <summary>Answers the form starts with, such as the person's own agency.</summary>
    protected virtual void Prepare()
    {
    }
}
