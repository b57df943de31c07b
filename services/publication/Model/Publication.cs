using Safeguarding.Contracts.IntegrationEvents;
using Safeguarding.Messaging;
using static Safeguarding.ServiceDefaults.Domain.Rules;

namespace Safeguarding.Publication.Api.Model;

/// <summary>
/// The publication of one review's final report: opened when the partnership accepts the report;
/// the business manager uploads its final versions, checks each for identifiers and resolves every
/// hit, then schedules publication no sooner than the national bodies have had it for 7 working days.
/// </summary>
public sealed partial class Publication : Aggregate
{
    public Guid Id { get; init; }

    public Guid ReviewId { get; init; }

    public Guid RapidReviewId { get; init; }

    /// <summary>The notification the review follows, whose identifying details the check searches for.</summary>
    public Guid? NotificationId { get; init; }

    public required string Partnership { get; init; }

    public required string ReviewType { get; init; }

    public DateOnly AcceptedOn { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    public string Status { get; private set; } = PublicationStatus.AwaitingReport;

    public List<ReportVersion> Reports { get; private set; } = [];

    public DateTimeOffset LastChangedAt { get; private set; }

    public uint Version { get; set; }

    public ReportVersion? CurrentReport => Reports.Count == 0 ? null : Reports[^1];

    public static Publication Open(CaseReviewReportAcceptedIntegrationEvent accepted, TimeProvider clock) => new()
    {
        Id = Guid.CreateVersion7(), ReviewId = accepted.ReviewId, RapidReviewId = accepted.RapidReviewId, NotificationId = accepted.NotificationId,
        Partnership = accepted.Partnership,
        ReviewType = accepted.ReviewType, AcceptedOn = accepted.AcceptedOn, OpenedAt = clock.GetUtcNow(), LastChangedAt = clock.GetUtcNow(),
        DecidedOn = accepted.DecidedOn, LearningThemes = [.. accepted.LearningThemes], Recommendations = [.. accepted.Recommendations.Select(r => r.Text)],
    };

    /// <summary>
    /// A new final version of the report, checked at once against every identifier known so far.
    /// Once publication is scheduled the report is fixed: what was checked is what is published.
    /// </summary>
    public ReportVersion AddReport(string title, string fileName, string contentType, long size, string sha256, string text, string by, TimeProvider clock)
    {
        Allowed(!Settled, $"Publication is {Status}: the report checked is the report that stands, so no new version is taken.");
        var now = clock.GetUtcNow();
        var report = new ReportVersion
        {
            Version = Reports.Count + 1, Title = title, FileName = fileName, ContentType = contentType, Size = size, Sha256 = sha256, UploadedAt = now, UploadedBy = by,
        };
        Reports.Add(report);
        foreach (var identifier in Identifiers)
        {
            Check(identifier, text);
        }

        Status = PublicationStatus.Checking;
        LastChangedAt = now;
        return report;
    }
}
