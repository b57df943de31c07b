using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.ServiceDefaults.Security;
using Safeguarding.Statutory;
using Safeguarding.Web.Platform;

namespace Safeguarding.Web.Pages.Reports;

/// <summary>
/// The partnership's yearly report for a financial year (April to March): its main figures here,
/// and the whole printable report, with its charts, as the platform renders it.
/// </summary>
[Authorize(Roles = $"{Roles.BusinessManager},{Roles.IndependentChair}")]
public sealed class YearlyReportModel(PlatformApi platform, TimeProvider time) : PageModel
{
    /// <summary>The financial year by the year it starts in: 2026 is April 2026 to March 2027.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public YearlyFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = CurrentYear();
        Years = [.. Enumerable.Range(0, 10).Select(back => current - back)];
        Year = Year is { } asked && Years.Contains(asked) ? asked : current;
        Figures = await platform.GetAsync<YearlyFigures>($"/api/yearly-report?{Period(Year.Value)}", ct);
    }

    /// <summary>The printable report, with the platform's own styles and charts, and nothing that runs.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(CancellationToken ct)
    {
        var year = Year is { } asked && asked >= CurrentYear() - 9 && asked <= CurrentYear() ? asked : CurrentYear();
        var html = await platform.GetTextAsync($"/api/yearly-report/document?{Period(year)}", ct);
        SecurityHeaders.UseDocumentPolicy(HttpContext);
        return Content(html, "text/html; charset=utf-8");
    }

    private int CurrentYear()
    {
        var today = time.Today();
        return today.Month >= 4 ? today.Year : today.Year - 1;
    }

    private static string Period(int year) => string.Create(CultureInfo.InvariantCulture, $"from={year}-04-01&to={year + 1}-03-31");
}
