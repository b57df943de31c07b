using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using Safeguarding.Statutory;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.Publication.Api.Model;

/// <summary>
/// A yearly report as the partnership published it: its figures and its printable document, kept
/// exactly as published, and sent on to the national panel. Publishing a period again makes a new
/// version; the earlier ones stay as they were.
/// </summary>
public sealed class PublishedYearlyReport : Aggregate
{
    public Guid Id { get; init; }

    public required string Partnership { get; init; }

    public DateOnly From { get; init; }

    public DateOnly To { get; init; }

    public int Version { get; init; }

    public DateOnly PublishedOn { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public required string PublishedBy { get; init; }

    /// <summary>The report's figures as JSON: counts only, no child named or described.</summary>
    public required string Figures { get; init; }

    /// <summary>The printable HTML document the board, councillors and the national panel receive.</summary>
    public required string Document { get; init; }

    public static PublishedYearlyReport Publish(string partnership, DateOnly from, DateOnly to, int earlierVersions, string figures, string document,
        string by, TimeProvider clock)
    {
        var today = clock.Today();
        Allowed(to <= today, $"A yearly report covers days that have passed: its period ends on {to:yyyy-MM-dd}, after today.");
        var report = new PublishedYearlyReport
        {
            Id = Guid.CreateVersion7(), Partnership = partnership, From = from, To = to, Version = earlierVersions + 1, PublishedOn = today,
            PublishedAt = clock.GetUtcNow(), PublishedBy = by, Figures = figures, Document = document,
        };
        report.Raise(new YearlyReportPublishedIntegrationEvent(report.Id, partnership, from, to, report.Version, today), clock.GetUtcNow());
        return report;
    }
}
