using Microsoft.Playwright;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// A considered case on the screens: the business manager refers it and records a decision not
/// to notify, with the police disagreeing; the case is escalated, and the independent chair finds
/// it on their home page and resolves it, with the partners' positions in view.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ReferralScreensBrowserTests(SystemFixture system) : IAsyncLifetime
{
    private readonly WebBrowser _web = new(system);

    public async Task InitializeAsync() => await Task.CompletedTask;

    public async Task DisposeAsync() => await _web.DisposeAsync();

    [Fact]
    public async Task A_partner_disagreeing_with_not_notifying_escalates_the_case_and_the_chair_resolves_it_on_the_screens()
    {
        var child = $"Maya Referral {Guid.NewGuid().ToString("N")[..6]}";
        var today = DateOnly.FromDateTime(system.ClockNow.UtcDateTime);
        var manager = await _web.SignInAsync("priya.shah");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Refer a case" }).First.ClickAsync();
        await WebBrowser.CheckAsync(manager, "Refer a case", child, "refer");
        await manager.GetByLabel("Role").FillAsync("Business manager");
        await manager.GetByLabel("Telephone").FillAsync("01632 960 789");
        await manager.GetByLabel("Email address").FillAsync("priya.shah@example.org");
        await manager.GetByLabel("The child’s full name").FillAsync(child);
        await FillDateAsync(manager, "The child’s date of birth", new DateOnly(2018, 5, 2));
        await FillDateAsync(manager, "When did it happen?", today.AddDays(-1));
        await manager.GetByLabel("What happened").FillAsync("A fall at home; injuries not consistent with the account.");
        await manager.GetByLabel("Why are you referring it?").FillAsync("Possible non-accidental injury.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Refer the case" }).ClickAsync();
        await Assertions.Expect(manager.GetByText("The case has been referred.")).ToBeVisibleAsync();
        await WebBrowser.CheckAsync(manager, "Case referred", child, "referral", exactTitle: false);
        var referral = manager.Url[..manager.Url.IndexOf('?', StringComparison.Ordinal)];

        await manager.GetByRole(AriaRole.Link, new() { Name = "Record a decision not to notify" }).ClickAsync();
        await WebBrowser.CheckAsync(manager, "Record a decision not to notify", child, "not-to-notify");
        await manager.GetByLabel("Why is the case not notified?").FillAsync("The injuries are explained by the hospital's findings.");
        await manager.GetByRole(AriaRole.Group, new() { Name = "The local authority: position" }).GetByLabel("Agrees", new() { Exact = true }).CheckAsync();
        await manager.GetByRole(AriaRole.Group, new() { Name = "The police: position" }).GetByLabel("Disagrees").CheckAsync();
        await manager.GetByRole(AriaRole.Group, new() { Name = "Health: position" }).GetByLabel("Agrees", new() { Exact = true }).CheckAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        // A disagreement needs its reason: the summary says so and links to the police's comment.
        var missing = manager.Locator(".govuk-error-summary a[href='#partnerPositions-1-comment']");
        await Assertions.Expect(missing).ToBeVisibleAsync();
        await missing.ClickAsync();
        await Assertions.Expect(manager.GetByLabel("The police: comment")).ToBeFocusedAsync();
        await manager.GetByLabel("The police: comment").FillAsync("The account changed twice; we want a rapid review.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Assertions.Expect(manager.GetByText("The decision not to notify is recorded.")).ToBeVisibleAsync();
        await Assertions.Expect(manager.GetByText("Escalated", new() { Exact = true }).First).ToBeVisibleAsync();
        await WebBrowser.SignOutAsync(manager);

        var chair = await _web.SignInAsync("helen.marsh");
        await Assertions.Expect(chair.GetByText("Escalated: the chair resolves whether to notify").First).ToBeVisibleAsync();
        await chair.GotoAsync(referral);
        await chair.GetByRole(AriaRole.Link, new() { Name = "Resolve the escalation" }).ClickAsync();
        await WebBrowser.CheckAsync(chair, "Resolve the escalation", child, "resolve");
        await Assertions.Expect(chair.GetByText("The account changed twice; we want a rapid review.")).ToBeVisibleAsync();
        await chair.GetByLabel("Do not notify").CheckAsync();
        await chair.GetByLabel("Your reasons").FillAsync("The medical evidence settles it; the police's concern is recorded for learning.");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Record the resolution" }).ClickAsync();
        await Assertions.Expect(chair.GetByText("Your resolution of the escalation is recorded.")).ToBeVisibleAsync();
        await Assertions.Expect(chair.GetByText("Not notified").First).ToBeVisibleAsync();
        await chair.GetByRole(AriaRole.Link, new() { Name = "Considered cases" }).ClickAsync();
        await WebBrowser.CheckAsync(chair, "Considered cases", child, "considered-cases");
        await WebBrowser.SignOutAsync(chair);
    }

    private static async Task FillDateAsync(IPage page, string legend, DateOnly day)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Day").FillAsync(day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Month").FillAsync(day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Year").FillAsync(day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
