using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Safeguarding.FunctionalTests;

/// <summary>
/// An agency's action on the screens: the police's partner representative finds it on their home
/// page, is told it needs evidence before it can be marked done, uploads a document, and marks it
/// done; the business manager signs it off.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ActionScreensBrowserTests(SystemFixture system) : IAsyncLifetime
{
    private readonly WebBrowser _web = new(system);

    public async Task InitializeAsync() => await Task.CompletedTask;

    public async Task DisposeAsync() => await _web.DisposeAsync();

    [Fact]
    public async Task The_police_complete_their_action_with_a_document_and_the_business_manager_signs_it_off_on_the_screens()
    {
        var description = $"Refresh domestic abuse training for response officers {Guid.NewGuid().ToString("N")[..6]}";
        // Due in two days: among this week's deadlines on the police's home page.
        var due = DateOnly.FromDateTime(system.ClockNow.UtcDateTime).AddDays(2);
        using var businessUnit = await system.ClientAsync("northshire-business-unit");
        using var raised = await businessUnit.PostAsJsonAsync("/api/learning-actions", new
        {
            source = "audit", sourceReference = "Section 11 audit 2026", leadAgency = "Northshire Police", description,
            successMeasure = "Every response officer trained by March.", dueOn = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), themes = new[] { "Domestic abuse" },
        });
        raised.EnsureSuccessStatusCode();
        var id = (await raised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("action").GetProperty("id").GetString();

        var police = await _web.SignInAsync("dan.price");
        // Home lists it among what is due this week for the police.
        await Assertions.Expect(police.GetByText($"Action for Northshire Police: {description}")).ToBeVisibleAsync();
        await police.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Action plan" }).ClickAsync();
        await WebBrowser.CheckAsync(police, "Action plan", Notifications.ChildName, "action-plan");
        await police.GetByRole(AriaRole.Link, new() { Name = description }).ClickAsync();
        Assert.Equal($"{_web.Gateway}/actions/{id}", police.Url);
        await WebBrowser.CheckAsync(police, $"Action due {due.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}", Notifications.ChildName, "action");

        // Marked done without evidence: the platform refuses, and says why.
        await police.GetByRole(AriaRole.Button, new() { Name = "Mark the action as done" }).ClickAsync();
        await Assertions.Expect(police.Locator(".govuk-error-summary")).ToContainTextAsync("add evidence before completing it");

        await police.GetByRole(AriaRole.Link, new() { Name = "Add evidence" }).ClickAsync();
        await WebBrowser.CheckAsync(police, "Add evidence", Notifications.ChildName, "evidence");
        await police.GetByLabel("Title").FillAsync("Training register");
        await police.GetByLabel("Document").SetInputFilesAsync(new FilePayload
        {
            Name = "training-register.txt", MimeType = "text/plain", Buffer = "Officers trained: 212 of 212."u8.ToArray(),
        });
        await police.GetByRole(AriaRole.Button, new() { Name = "Add the evidence" }).ClickAsync();
        await Assertions.Expect(police.GetByText("The evidence is added.")).ToBeVisibleAsync();
        await Assertions.Expect(police.GetByText("document training-register.txt")).ToBeVisibleAsync();
        await police.GetByRole(AriaRole.Button, new() { Name = "Mark the action as done" }).ClickAsync();
        await Assertions.Expect(police.GetByText("The action is marked as done.")).ToBeVisibleAsync();
        await WebBrowser.SignOutAsync(police);

        var manager = await _web.SignInAsync("priya.shah");
        await manager.GotoAsync($"{_web.Gateway}/actions/{id}");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Sign off the action" }).ClickAsync();
        await WebBrowser.CheckAsync(manager, "Sign off the action", Notifications.ChildName, "sign-off");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Sign off" }).ClickAsync();
        await Assertions.Expect(manager.GetByText("The action is signed off.")).ToBeVisibleAsync();
        await Assertions.Expect(manager.GetByText("Signed off", new() { Exact = true }).First).ToBeVisibleAsync();
        await WebBrowser.SignOutAsync(manager);
    }
}
