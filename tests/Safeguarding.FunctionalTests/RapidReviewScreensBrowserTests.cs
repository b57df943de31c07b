using Microsoft.Playwright;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// A rapid review run on the screens from notification to the national panel, each step by the
/// person whose step it is: the business manager asks the police for their contribution; the
/// police's partner representative sends it; the business manager records the meeting and
/// recommends; the chair decides; the business manager sends it to the panel.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class RapidReviewScreensBrowserTests(SystemFixture system) : IAsyncLifetime
{
    private const string Child = Notifications.ChildName;

    private readonly WebBrowser _web = new(system);

    public async Task InitializeAsync() => await Task.CompletedTask;

    public async Task DisposeAsync() => await _web.DisposeAsync();

    [Fact]
    public async Task The_business_manager_the_police_and_the_chair_take_a_rapid_review_to_the_national_panel_on_the_screens()
    {
        var review = $"{_web.Gateway}/rapid-reviews/{await RapidReviews.OpenAsync(system)}";

        var manager = await _web.SignInAsync("priya.shah");
        await manager.GotoAsync(review);
        await StepAsync(manager, "Ask an agency for its contribution", "ask-agency", async page =>
        {
            await page.GetByLabel("Agency", new() { Exact = true }).FillAsync("Northshire Police");
            await page.GetByLabel("Police", new() { Exact = true }).CheckAsync();
        }, "Send the request", "The agency has been asked for its contribution.");
        await Assertions.Expect(manager.GetByRole(AriaRole.Cell, new() { Name = "Northshire Police" })).ToBeVisibleAsync();
        await WebBrowser.SignOutAsync(manager);

        var police = await _web.SignInAsync("dan.price");
        await police.GotoAsync(review);
        await StepAsync(police, "Send your agency's contribution", "contribute", async page =>
        {
            await page.GetByLabel("Your agency’s involvement with the child and family").FillAsync("Two call-outs to the family home this year.");
            var when = page.GetByRole(AriaRole.Group, new() { Name = "Episode 1: when" });
            await when.GetByLabel("Day").FillAsync("3");
            await when.GetByLabel("Month").FillAsync("11");
            await when.GetByLabel("Year").FillAsync("2026");
            await page.GetByLabel("Episode 1: what was done").FillAsync("Officers attended a report of shouting; no further action.");
            await page.GetByLabel("Role").FillAsync("Detective sergeant");
            await page.GetByLabel("Telephone").FillAsync("01632 960 456");
            await page.GetByLabel("Email address").FillAsync("dan.price@northshire-police.example");
        }, "Send the contribution", "Your agency's contribution has been sent.");
        await WebBrowser.SignOutAsync(police);

        manager = await _web.SignInAsync("priya.shah");
        await manager.GotoAsync(review);
        var today = DateOnly.FromDateTime(system.ClockNow.UtcDateTime);
        await StepAsync(manager, "Record the rapid review meeting", "meeting", async page =>
        {
            var held = page.GetByRole(AriaRole.Group, new() { Name = "When was the meeting held?" });
            await held.GetByLabel("Day").FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await held.GetByLabel("Month").FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await held.GetByLabel("Year").FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var partner in new[] { "Did the local authority attend?", "Did the police attend?", "Did health attend?" })
            {
                await page.GetByRole(AriaRole.Group, new() { Name = partner }).GetByLabel("Yes").CheckAsync();
            }
        }, "Record the meeting", "The meeting is recorded.");
        await StepAsync(manager, "Recommend to the chair", "recommend", async page =>
        {
            await page.GetByLabel("The facts of the case").FillAsync("What the agencies found.");
            await page.GetByLabel("Learning identified").FillAsync("Information sharing between police and school.");
            await page.GetByLabel("Immediate actions taken").FillAsync("A strategy discussion was held.");
            await page.GetByLabel("A local child safeguarding practice review").CheckAsync();
            await page.GetByLabel("Why?").FillAsync("Multi-agency learning is likely.");
            await page.GetByLabel("Learning themes").FillAsync("Information sharing");
        }, "Send to the chair", "Your recommendation has gone to the chair.");
        await WebBrowser.SignOutAsync(manager);

        var chair = await _web.SignInAsync("helen.marsh");
        await chair.GotoAsync(review);
        await StepAsync(chair, "Decide on the recommendation", "decide", async page =>
        {
            await Assertions.Expect(page.GetByText("Multi-agency learning is likely.")).ToBeVisibleAsync();
            await page.GetByLabel("A local child safeguarding practice review").CheckAsync();
        }, "Record the decision", null);
        // Without reasons the decision is refused, and the error summary says what is missing.
        await Assertions.Expect(chair.Locator(".govuk-error-summary").GetByRole(AriaRole.Link, new() { Name = "Enter the reasons for your decision" })).ToBeVisibleAsync();
        await chair.GetByLabel("Your reasons").FillAsync("I agree: the agencies' learning is wider than one agency.");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Assertions.Expect(chair.GetByText("Your decision is recorded.")).ToBeVisibleAsync();
        await WebBrowser.SignOutAsync(chair);

        manager = await _web.SignInAsync("priya.shah");
        await manager.GotoAsync(review);
        await StepAsync(manager, "Send to the national panel", "submit", _ => Task.CompletedTask, "Send to the panel",
            "The rapid review has been sent to the national panel.");
        await Assertions.Expect(manager.GetByText("Submitted to the panel")).ToBeVisibleAsync();
        await WebBrowser.CheckAsync(manager, "Rapid review notified", Child, "rapid-review-submitted", exactTitle: false);
        await WebBrowser.SignOutAsync(manager);

        var panel = await _web.SignInAsync("nadia.ross");
        await panel.GotoAsync(review);
        await StepAsync(panel, "Record the panel's response", "panel-response",
            page => page.GetByLabel("The panel agrees with the decision").CheckAsync(), "Record the response",
            "The panel's response is recorded, and the rapid review is complete.");
        await Assertions.Expect(panel.GetByText("Completed").First).ToBeVisibleAsync();
        await WebBrowser.SignOutAsync(panel);
    }

    /// <summary>Follows a step's link from the review, checks its page, answers it and sends it; then the review's confirmation, when one is expected.</summary>
    private static async Task StepAsync(IPage page, string link, string screen, Func<IPage, Task> answer, string button, string? confirmation)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
        await WebBrowser.CheckAsync(page, link.Replace("Send your agency's contribution", "Your agency's contribution"), Child, screen);
        await answer(page);
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        if (confirmation is not null)
        {
            await Assertions.Expect(page.GetByText(confirmation)).ToBeVisibleAsync();
        }
    }
}
