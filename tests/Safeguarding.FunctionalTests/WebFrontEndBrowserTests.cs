using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// The web front end in a real browser (Debian's Chromium), through the gateway, as people use it:
/// each signs in at the identity service, does their work on the screens, and signs out. Every
/// page is checked with axe (no serious or critical WCAG 2.2 AA violation) and for the child's
/// name in its title or address.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class WebFrontEndBrowserTests(SystemFixture system) : IAsyncLifetime
{
    private readonly WebBrowser _web = new(system);

    public async Task InitializeAsync() => await Task.CompletedTask;

    public async Task DisposeAsync() => await _web.DisposeAsync();

    [Fact]
    public async Task A_notifier_notifies_on_the_form_and_the_business_manager_finds_the_rapid_review_with_its_deadlines()
    {
        var child = $"Ellie Webform {Guid.NewGuid().ToString("N")[..6]}";
        var today = DateOnly.FromDateTime(system.ClockNow.UtcDateTime);
        var notifier = await _web.SignInAsync("aisha.khan");
        await notifier.GetByRole(AriaRole.Link, new() { Name = "Notify a serious incident" }).ClickAsync();
        await WebBrowser.CheckAsync(notifier, "Notify a serious incident", child, "notify");

        // Sent half filled in: the error summary names each missing answer and links to its field.
        await notifier.GetByLabel("Full name").FillAsync(child);
        await notifier.GetByRole(AriaRole.Button, new() { Name = "Send notification" }).ClickAsync();
        var summary = notifier.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(notifier).ToHaveTitleAsync("Error: Notify a serious incident – Safeguarding case reviews");
        var links = await summary.Locator("a").AllAsync();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var target = (await link.GetAttributeAsync("href"))!;
            Assert.Equal(1, await notifier.Locator(target.Replace(".", "\\.")).CountAsync());
        }

        await WebBrowser.CheckAsync(notifier, "Error: Notify a serious incident", child, "notify-errors");
        await FillFormAsync(notifier, today.AddDays(-2), today.AddDays(-3));
        await notifier.GetByRole(AriaRole.Button, new() { Name = "Send notification" }).ClickAsync();
        await Assertions.Expect(notifier.GetByRole(AriaRole.Heading, new() { Name = "Serious incident notified" })).ToBeVisibleAsync();
        await WebBrowser.CheckAsync(notifier, "Serious incident notified", child, "notified");
        await WebBrowser.SignOutAsync(notifier);

        var manager = await _web.SignInAsync("priya.shah");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Rapid reviews" }).First.ClickAsync();
        await WebBrowser.CheckAsync(manager, "Rapid reviews", child, "rapid-reviews");

        // The new review is listed (it opens from the notification's event), and its page shows the statutory timeline.
        var review = manager.GetByRole(AriaRole.Link, new() { Name = EnglishDate(today) }).First;
        await Eventually.TrueAsync(async () =>
        {
            await manager.ReloadAsync();
            return await review.CountAsync() > 0;
        }, TimeSpan.FromSeconds(60), "the new rapid review listed");
        await review.ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Name = "Milestones" })).ToBeVisibleAsync();
        await Assertions.Expect(manager.Locator(".moj-timeline__item").First).ToBeVisibleAsync();
        await WebBrowser.CheckAsync(manager, $"Rapid review notified {EnglishDate(today)}", child, "rapid-review");

        // Home lists the review's first statutory step, due the next working day, among this week's deadlines.
        await manager.GetByRole(AriaRole.Link, new() { Name = "Home" }).ClickAsync();
        var thisWeek = manager.Locator("table[aria-labelledby=this-week], table[aria-labelledby=today]");
        await Assertions.Expect(thisWeek.GetByText("Day 1: Business unit tells the independent chair").First).ToBeVisibleAsync();
        await WebBrowser.CheckAsync(manager, "Home", child, "home");
        await WebBrowser.SignOutAsync(manager);

        // Signed out, a page of the case sends the browser to sign in again, and shows nothing of it.
        var page = await _web.NewPageAsync();
        await page.GotoAsync($"{_web.Gateway}/rapid-reviews");
        Assert.StartsWith($"{_web.Gateway}/account/sign-in", page.Url);
    }

    [Fact]
    public async Task Every_form_carries_an_anti_forgery_token_and_every_page_forbids_inline_script()
    {
        var manager = await _web.SignInAsync("priya.shah");
        var response = await manager.ReloadAsync();
        var policy = await response!.HeaderValueAsync("content-security-policy");
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("no-store", await response.HeaderValueAsync("cache-control"));
        Assert.Equal(0, await manager.Locator("script:not([src])").CountAsync());
        foreach (var form in await manager.Locator("form[method=post]").AllAsync())
        {
            Assert.Equal(1, await form.Locator("input[name=__RequestVerificationToken]").CountAsync());
        }

        // A post without the token is refused.
        using var forged = await system.Anonymous.PostAsync("/sign-out", new FormUrlEncodedContent([]));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Pages_work_from_the_keyboard_and_the_operator_removes_a_person_whose_session_then_ends()
    {
        var userName = $"web.{Guid.NewGuid().ToString("N")[..8]}";
        using var operatorConsole = await system.ClientAsync("operator-console");
        using var created = await operatorConsole.PostAsJsonAsync("/api/users", new
        {
            userName, displayName = "Robin Temp", email = $"{userName}@example.org", partnership = "northshire",
            agency = "Northshire Safeguarding Children Partnership", roles = new[] { "business-manager" }, password = $"dev-only-{userName}-password",
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var leaving = await _web.SignInAsync(userName);

        var operations = await _web.SignInAsync("sam.carter");
        // The first Tab reaches the skip link, which takes the keyboard past the menu to the page.
        await operations.Keyboard.PressAsync("Tab");
        await Assertions.Expect(operations.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await operations.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main-content", operations.Url);
        // The menu and sign-out are reached by Tab alone.
        await operations.GetByRole(AriaRole.Link, new() { Name = "People and agency systems" }).FocusAsync();
        await operations.Keyboard.PressAsync("Enter");
        await WebBrowser.CheckAsync(operations, "People and agency systems", Notifications.ChildName, "operations-access");
        await operations.GetByRole(AriaRole.Button, new() { Name = "Remove Robin Temp" }).ClickAsync();
        await Assertions.Expect(operations.GetByText("Removed. Their tokens no longer work.")).ToBeVisibleAsync();
        await Assertions.Expect(operations.GetByText(userName)).ToHaveCountAsync(0);
        // A platform client cannot be removed here: the identity service refuses, and the page says so.
        await operations.GetByRole(AriaRole.Button, new() { Name = "Remove Safeguarding web front end" }).ClickAsync();
        await Assertions.Expect(operations.Locator(".govuk-error-summary")).ToBeVisibleAsync();

        // The removed person's next page sends them to sign in again: the platform no longer takes their token.
        await leaving.ReloadAsync();
        Assert.StartsWith($"{_web.Gateway}/account/sign-in", leaving.Url);
    }

    [Fact]
    public async Task The_business_manager_checks_a_register_of_past_cases_and_sees_each_problem_by_row_and_column()
    {
        var manager = await _web.SignInAsync("priya.shah");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Import past cases" }).ClickAsync();
        await WebBrowser.CheckAsync(manager, "Import past cases", Notifications.ChildName, "history-import");

        // Checked without a file: the summary links to the file input.
        await manager.GetByRole(AriaRole.Button, new() { Name = "Check the register" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-error-summary a[href='#register']")).ToHaveTextAsync("Choose the register to import");

        var register = "Reference,Referred on\nRef1,2019-04-02\nRef2,31/02/2019\n"u8.ToArray();
        await manager.GetByLabel("The register").SetInputFilesAsync(new FilePayload { Name = "register.csv", MimeType = "text/csv", Buffer = register });
        await manager.GetByRole(AriaRole.Button, new() { Name = "Check the register" }).ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Name = "The register has 1 problem" })).ToBeVisibleAsync();
        var problem = manager.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Nth(1);
        await Assertions.Expect(problem.GetByRole(AriaRole.Cell).Nth(0)).ToHaveTextAsync("3");
        await Assertions.Expect(problem.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("Referred on");
        await WebBrowser.CheckAsync(manager, "Import past cases", Notifications.ChildName, "history-import-check");
    }

    [Fact]
    public async Task An_idle_session_warns_two_minutes_before_it_ends_and_shows_the_signed_out_page_once_it_has()
    {
        var manager = await _web.SignInAsync("priya.shah");
        // The session's time left, as the front end tells the page; asking does not extend it.
        const string Ask = "() => fetch('/session/status').then(r => r.json()).then(j => j.secondsLeft)";
        var first = await manager.EvaluateAsync<int>(Ask);
        await Task.Delay(1500);
        var second = await manager.EvaluateAsync<int>(Ask);
        Assert.InRange(first, 1100, 1200);
        Assert.True(second < first, $"asking extended the session: {first} s, then {second} s");

        // The page's own clock runs 18 minutes on; the front end says 100 s are left, then none.
        var left = 100;
        await manager.RouteAsync("**/session/status", route => route.FulfillAsync(new() { Json = new { secondsLeft = left } }));
        await manager.Clock.InstallAsync();
        await manager.ReloadAsync();
        var warning = manager.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Your session is about to end" });
        await Assertions.Expect(warning).ToBeHiddenAsync();
        await manager.Clock.RunForAsync("18:01");
        await Assertions.Expect(warning).ToBeVisibleAsync();

        // Staying signed in keeps the page as it is and hides the warning.
        await manager.GetByRole(AriaRole.Link, new() { Name = "Stay signed in" }).ClickAsync();
        await Assertions.Expect(warning).ToBeHiddenAsync();
        Assert.Equal($"{_web.Gateway}/", manager.Url);

        left = 0;
        await manager.Clock.RunForAsync("18:01");
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Name = "You have been signed out" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_chair_reads_the_yearly_report_and_its_printable_document_which_runs_nothing()
    {
        var chair = await _web.SignInAsync("helen.marsh");
        await chair.GetByRole(AriaRole.Link, new() { Name = "Yearly report" }).ClickAsync();
        await WebBrowser.CheckAsync(chair, "Yearly report 2026–27", Notifications.ChildName, "yearly-report");
        await Assertions.Expect(chair.GetByRole(AriaRole.Heading, new() { Name = "Rapid reviews" })).ToBeVisibleAsync();
        await chair.GetByLabel("Financial year").SelectOptionAsync("2025");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(chair.GetByRole(AriaRole.Heading, new() { Name = "Yearly report 2025 to 2026" })).ToBeVisibleAsync();

        var document = await chair.RunAndWaitForResponseAsync(
            () => chair.GetByRole(AriaRole.Link, new() { Name = "The printable report, with its charts and every table" }).ClickAsync(),
            response => response.Url.Contains("handler=Document", StringComparison.Ordinal));
        Assert.Equal(200, document.Status);
        var policy = await document.HeaderValueAsync("content-security-policy");
        Assert.StartsWith("default-src 'none'", policy);
        Assert.DoesNotContain("script-src", policy);
        Assert.Contains("<svg", await document.TextAsync(), StringComparison.Ordinal);
    }

    private static async Task FillFormAsync(IPage page, DateOnly awareOn, DateOnly incidentOn)
    {
        await page.GetByLabel("Your role").FillAsync("Head of Safeguarding");
        await page.GetByLabel("Telephone").FillAsync("01632 960 123");
        await page.GetByLabel("Email address").FillAsync("aisha.khan@northshire.example");
        foreach (var (legend, day) in new[] { ("When did the local authority become aware?", awareOn), ("When did the incident happen?", incidentOn) })
        {
            var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
            await group.GetByLabel("Day").FillAsync(day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await group.GetByLabel("Month").FillAsync(day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await group.GetByLabel("Year").FillAsync(day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await page.GetByLabel("Where did it happen?").FillAsync("Family home, Northtown");
        await page.GetByLabel("A child was seriously harmed").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Is abuse or neglect known or suspected?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Did the child die or was the child seriously harmed?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("In the local authority's area").CheckAsync();
        var born = page.GetByRole(AriaRole.Group, new() { Name = "Date of birth" });
        await born.GetByLabel("Day").FillAsync("14");
        await born.GetByLabel("Month").FillAsync("3");
        await born.GetByLabel("Year").FillAsync("2019");
        await page.GetByLabel("Female").CheckAsync();
        await page.GetByLabel("Ethnicity").SelectOptionAsync("WBRI");
        await page.GetByRole(AriaRole.Group, new() { Name = "Does the child have a disability?" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        foreach (var question in new[] { "Is the child looked after?", "Is the child on a child in need plan?" })
        {
            await page.GetByRole(AriaRole.Group, new() { Name = question }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Group, new() { Name = "Is the child on a child protection plan?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByLabel("Agencies that knew the child before the incident").FillAsync("Children's social care\nNorthshire Police");
        await page.GetByLabel("Outline of the case").FillAsync("What happened, in outline.");
    }

    private static string EnglishDate(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
