using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// Debian's Chromium, driven by Playwright, at the platform's public address: people sign in and
/// out as they would, and each page is checked as every page of the front end must be.
/// </summary>
public sealed class WebBrowser(SystemFixture system) : IAsyncDisposable
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    /// <summary>When set, the main screens are saved there (docs/screens is refreshed this way).</summary>
    private static readonly string? ScreensFolder = Environment.GetEnvironmentVariable("SCREENS_DIR");

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Gateway => system.Issuer.TrimEnd('/');

    public async Task<IPage> NewPageAsync()
    {
        _playwright ??= await Playwright.CreateAsync();
        _browser ??= await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox"] });
        return await _browser.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    public async Task<IPage> SignInAsync(string userName)
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"{Gateway}/");
        // People sign in at the platform's public address, never at the identity service's own.
        Assert.StartsWith($"{Gateway}/account/sign-in", page.Url);
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync($"dev-only-{userName}-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        Assert.Equal($"{Gateway}/", page.Url);
        return page;
    }

    public static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>The page's title, no child's name in it or in the address, no serious accessibility fault; saved as a screen when asked.</summary>
    public static async Task CheckAsync(IPage page, string title, string child, string screen, bool exactTitle = true)
    {
        if (exactTitle)
        {
            await Assertions.Expect(page).ToHaveTitleAsync($"{title} – Safeguarding case reviews");
        }
        else
        {
            await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(title)}.* – Safeguarding case reviews$"));
        }

        Assert.DoesNotContain(child, page.Url, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Uri.EscapeDataString(child), page.Url, StringComparison.OrdinalIgnoreCase);
        if (ScreensFolder is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{screen}.png"), FullPage = true });
        }
        var axe = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})").ToList();
        Assert.True(serious.Count == 0, $"{title}: {string.Join("; ", serious)}");
    }
}
